/** The page's location hash without "#", kept in step with hashchange. */
import { useEffect, useState } from 'preact/hooks';

export function useHash(win: Window = window): string {
  const [hash, setHash] = useState(() => readHash(win));
  useEffect(() => {
    const onChange = () => setHash(readHash(win));
    win.addEventListener('hashchange', onChange);
    return () => win.removeEventListener('hashchange', onChange);
  }, [win]);
  return hash;
}

function readHash(win: Window): string {
  try {
    return decodeURIComponent(win.location.hash.slice(1));
  } catch {
    return win.location.hash.slice(1);
  }
}
