// Asks before something that removes data: a modal dialog (focus moves into it and stays there, Escape
// cancels) whose first focus is on the safe choice. Focus returns to the button that opened it on cancel.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  id: string;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ id, title, children, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  // Close the modal first: while it is open, nothing outside it can take focus.
  const close = (then: () => void) => {
    dialog.current?.close();
    then();
  };
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    cancel.current?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="confirm"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        close(onCancel);
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`}>{children}</div>
      <div class="row">
        <button type="button" ref={cancel} onClick={() => close(onCancel)}>
          {cancelLabel}
        </button>
        <button type="button" class="danger" onClick={() => close(onConfirm)}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
