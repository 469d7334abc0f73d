import { useEffect, useState } from 'preact/hooks';

/** The dashboard's deep link, "#/leak/<id>" -> ["leak", "<id>"], kept in step with the address bar. */
export function useHashRoute(): string[] {
  const read = () => location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onHash = () => setRoute(read());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return route;
}
