// A read-only text with a copy button. If the clipboard refuses, the text is selected for the user to copy.
import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface Props {
  id: string;
  label: string;
  text: string;
  rows: number;
}

export function CopyBox({ id, label, text, rows }: Props) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const area = useRef<HTMLTextAreaElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      area.current?.select();
      setStatus('failed');
    }
  };
  return (
    <div class="copy-box">
      <label for={id}>{label}</label>
      <textarea id={id} ref={area} readOnly rows={rows} value={text} />
      <div class="row">
        <button type="button" onClick={() => void copy()} aria-describedby={`${id}-status`}>
          {t('leak.templates.copyNamed', { label })}
        </button>
        <span id={`${id}-status`} role="status" class="small">
          {status === 'copied' && `✓ ${t('leak.templates.copied')}`}
          {status === 'failed' && t('leak.templates.copyFailed')}
        </span>
      </div>
    </div>
  );
}
