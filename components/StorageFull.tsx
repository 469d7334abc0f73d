// Listens, in every view, for a save that failed because storage is full, and then shows the notice: its code
// loads only when that happens, so that no first paint carries it (issue 13).
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';

type Notice = ComponentType<{ onClose: () => void }>;

interface Props {
  /** Subscribes to full-storage failures; returns the unsubscribe (lib/storage onStorageFull). */
  subscribe: (listener: () => void) => () => void;
}

export function StorageFull({ subscribe }: Props) {
  const [Shown, setShown] = useState<Notice>();
  useEffect(
    () => subscribe(() => void import('./StorageFullNotice').then(({ StorageFullNotice }) => setShown(() => StorageFullNotice))),
    [subscribe],
  );
  return Shown ? <Shown onClose={() => setShown(undefined)} /> : null;
}
