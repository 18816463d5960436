import { Link } from 'react-router';

/**
 * Previous / next page links with "Pagina 2 van 4" (utrecht-pagination). The links keep the
 * page in the URL (?pagina=), so the browser's back button and a reload keep the place. On
 * the first and last page the link that leads nowhere is left out, not shown disabled.
 */
export function Paginering({ label, pagina, totaal, perPagina, naarPagina }: { label: string; pagina: number; totaal: number; perPagina: number; naarPagina: (pagina: number) => string }) {
  const aantalPaginas = Math.max(1, Math.ceil(totaal / perPagina));
  if (aantalPaginas <= 1) return null;
  return (
    <nav className="utrecht-pagination utrecht-pagination--distanced eenplan-paginering" aria-label={label}>
      {pagina > 1 && (
        <Link className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev eenplan-paginering__link" rel="prev" to={naarPagina(pagina - 1)}>
          Vorige pagina
        </Link>
      )}
      <span className="eenplan-paginering__stand">
        Pagina {pagina} van {aantalPaginas}
      </span>
      {pagina < aantalPaginas && (
        <Link className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next eenplan-paginering__link" rel="next" to={naarPagina(pagina + 1)}>
          Volgende pagina
        </Link>
      )}
    </nav>
  );
}
