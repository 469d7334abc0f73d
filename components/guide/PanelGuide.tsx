// The side panel's guide with its own toast ("Marked done", Undo): loaded once an account is shown, so that the
// panel's first paint carries neither the guide nor the toast's code (issue 13). The toast's live region mounts
// with the guide, before any action of the guide can fill it.
import type { ComponentProps } from 'preact';
import '../forms.css';
import { useToast } from '../Toast';
import { AccountGuide } from './AccountGuide';

export function PanelGuide(props: Omit<ComponentProps<typeof AccountGuide>, 'showToast'>) {
  const toast = useToast();
  return (
    <>
      <AccountGuide {...props} showToast={toast.show} />
      {toast.view}
    </>
  );
}
