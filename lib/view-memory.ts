// What a view remembers for this tab only, such as where the user was in "one step at a time": session storage,
// gone with the tab, never a stored record, never synced or backed up.
export const viewMemory = {
  read(key: string): string | undefined {
    try {
      return sessionStorage.getItem(`afterleak.${key}`) ?? undefined;
    } catch {
      return undefined;
    }
  },
  remember(key: string, value: string) {
    try {
      sessionStorage.setItem(`afterleak.${key}`, value);
    } catch {
      // Storage refused (private mode, quota): the address still carries the position.
    }
  },
};
