import { markeringTeken, STANDAARD_ONTHULLINGSREGELS, type OnthullingsRegels, type PubliekeCel, type PubliekeTabel } from '@eenplan/contracts';

/** How a cell reads in a spreadsheet; the same markers as on screen. */
function tekst(cel: PubliekeCel, regels: OnthullingsRegels): string {
  switch (cel.soort) {
    case 'aantal':
      return String(cel.waarde);
    case 'klein':
    case 'onderdrukt':
    case 'dominant':
    case 'te_weinig':
      return markeringTeken(cel.soort, regels);
    case 'aandeel':
      return String(cel.procent);
    case 'gemiddelde':
      return cel.waarde.toFixed(1).replace('.', ',');
    default: {
      const onbekend: never = cel;
      throw new Error(`onbekende cel ${JSON.stringify(onbekend)}`);
    }
  }
}

const veld = (waarde: string) => (/[;"\r\n]/.test(waarde) ? `"${waarde.replaceAll('"', '""')}"` : waarde);

/**
 * CSV that opens correctly in Dutch Excel: UTF-8 with a byte-order mark, `;` as separator,
 * decimal comma, CRLF line ends. Markers ("<10", "×", "te weinig") are the same as on the dashboard, which explains them.
 */
export function naarCsv(tabel: PubliekeTabel, regels: OnthullingsRegels = STANDAARD_ONTHULLINGSREGELS): string {
  const lijnen = [['Gemeente', ...tabel.kolommen], ...tabel.rijen.map((rij, i) => [rij, ...tabel.cellen[i]!.map((cel) => tekst(cel, regels))])];
  return `\uFEFF${lijnen.map((r) => r.map(veld).join(';')).join('\r\n')}\r\n`;
}
