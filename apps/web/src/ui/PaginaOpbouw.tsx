import type { MouseEvent, ReactNode, Ref } from 'react';
import { PRODUCTNAAM } from './usePaginaTitel';

export interface PaginaOpbouwProps {
  /** Right side of the header: who is signed in, logout. */
  kopAanvulling?: ReactNode;
  /** The main navigation (rendered inside a nav landmark). */
  navigatie?: ReactNode;
  hoofdRef?: Ref<HTMLElement>;
  children: ReactNode;
}

/**
 * The page frame every page shares: skip link first, then banner, navigation, main and
 * footer landmarks (NL Design System page layout).
 */
export function PaginaOpbouw({ kopAanvulling, navigatie, hoofdRef, children }: PaginaOpbouwProps) {
  return (
    <div className="utrecht-page-layout eenplan-pagina">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud" onClick={naarInhoud}>
        Direct naar de inhoud
      </a>
      <header className="utrecht-page-header eenplan-kop">
        <div className="utrecht-page-header__content eenplan-kop__inhoud">
          <div className="eenplan-logo">
            <span className="eenplan-logo__beeld" aria-hidden="true" />
            <span className="eenplan-logo__tekst">
              <span className="eenplan-logo__naam">{PRODUCTNAAM}</span>
              <span className="eenplan-logo__regio">Leudal · Nederweert · Weert</span>
            </span>
          </div>
          {kopAanvulling}
        </div>
      </header>
      {navigatie && (
        <nav className="utrecht-nav-bar eenplan-navigatie" aria-label="Hoofdmenu">
          <div className="utrecht-nav-bar__content">{navigatie}</div>
        </nav>
      )}
      <div className="utrecht-page-body">
        <main id="inhoud" ref={hoofdRef} tabIndex={-1} className="utrecht-page-body__content eenplan-hoofd">
          {children}
        </main>
      </div>
      <footer className="utrecht-page-footer eenplan-voet">
        <div className="utrecht-page-footer__content">
          <p className="utrecht-paragraph">
            <strong>{PRODUCTNAAM}</strong>: één huishouden, één plan, één team.
          </p>
          <p className="utrecht-paragraph">Een samenwerking van de gemeenten Leudal, Nederweert en Weert.</p>
        </div>
      </footer>
    </div>
  );
}

/** Moves focus to main, also in browsers that only scroll on an in-page link. */
function naarInhoud(e: MouseEvent<HTMLAnchorElement>) {
  const hoofd = document.getElementById('inhoud');
  if (!hoofd) return;
  e.preventDefault();
  hoofd.focus();
  hoofd.scrollIntoView();
}
