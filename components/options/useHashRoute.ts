import { useEffect, useState } from 'preact/hooks';
import { parseRoute } from '@/core/routes';

const readRoute = () => parseRoute(location.hash);

/** The dashboard's deep link, "#/leak/<id>" -> ["leak", "<id>"], kept in step with the address bar. */
export function useHashRoute(): string[] {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => {
    const onHash = () =>
      setRoute((shown) => {
        const next = readRoute();
        return next.join('/') === shown.join('/') ? shown : next;
      });
    addEventListener('hashchange', onHash);
    // The address may have changed between the first render and now (a view remounted by a language
    // switch misses a hashchange that fired meanwhile): catch up once.
    onHash();
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return route;
}
