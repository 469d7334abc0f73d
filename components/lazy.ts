// A part of a page whose code loads when it is first shown: the options page paints its navigation and the
// section asked for without the code of the others, the side panel its picker before the guide's code
// (issue 13). The chunk is the extension's own file; nothing is fetched from the network.
import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazySection<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<unknown> | undefined;
  return function LazySection(props: P) {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      pending ??= load().then((component) => {
        loaded = component;
      });
      void pending.then(() => live && setReady(true));
      return () => {
        live = false;
      };
    }, []);
    return loaded ? h(loaded, props) : null;
  };
}
