import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

// The first page of a visit keeps the browser's own focus start (so the skip link is the
// first tab stop); after an in-app navigation focus goes to main, as a screen reader user
// would expect after a page load.
let vorigPad: string | undefined;

export function useFocusNaNavigatie() {
  const hoofdRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    if (vorigPad !== undefined && vorigPad !== pathname) {
      hoofdRef.current?.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
    vorigPad = pathname;
  }, [pathname]);
  return hoofdRef;
}
