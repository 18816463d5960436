import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import { PROBLEEM_CONTENT_TYPE, type Probleem } from '@eenplan/contracts';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { LOGGER } from './logger.js';
import { ProbleemFout } from './problemen.js';

const TITELS: Record<number, [string, string]> = {
  400: ['Ongeldig verzoek', 'Het verzoek kon niet worden gelezen.'],
  401: ['Niet ingelogd', 'U bent niet ingelogd.'],
  403: ['Geen toegang', 'U heeft geen toegang tot deze gegevens of handeling.'],
  404: ['Niet gevonden', 'Deze pagina of dit gegeven bestaat niet, of u heeft er geen toegang toe.'],
  405: ['Methode niet toegestaan', 'Deze handeling is hier niet mogelijk.'],
  409: ['Conflict', 'De gegevens zijn intussen gewijzigd.'],
  413: ['Verzoek te groot', 'Het verzoek is te groot.'],
  415: ['Verkeerd formaat', 'Stuur de gegevens als JSON (Content-Type: application/json).'],
  429: ['Te veel verzoeken', 'Te veel verzoeken. Probeer het later opnieuw.'],
};

/**
 * Every error leaves as problem details in Dutch. Unexpected errors become a bare 500:
 * their message may contain data (a database error quotes the offending value), so neither
 * the response nor the log line carries it.
 */
@Catch()
export class ProbleemFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(fout: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    stuurProbleem(fout, http.getRequest<Request>(), http.getResponse<Response>(), this.logger);
  }
}

/** Also used for errors raised before Nest routing (body parser, JSON-only check). */
export function stuurProbleem(fout: unknown, req: Request, res: Response, logger: Logger): void {
  const probleem = naarProbleem(fout, req, logger);
  if (fout instanceof ProbleemFout) {
    for (const [naam, waarde] of Object.entries(fout.headers)) res.setHeader(naam, waarde);
  }
  res.status(probleem.status).type(PROBLEEM_CONTENT_TYPE).send(JSON.stringify(probleem));
}

function naarProbleem(fout: unknown, req: Request, logger: Logger): Probleem {
  if (fout instanceof ProbleemFout) {
    return {
      type: `urn:eenplan:probleem:${fout.soort}`,
      title: fout.titel,
      status: fout.getStatus(),
      detail: fout.detail,
      ...(fout.fouten ? { fouten: fout.fouten } : {}),
    };
  }
  const status = fout instanceof HttpException ? fout.getStatus() : statusVanBodyParser(fout);
  if (status !== undefined && status < 500) {
    const [title, detail] = TITELS[status] ?? ['Ongeldig verzoek', 'Het verzoek kon niet worden verwerkt.'];
    const jsonFout = (fout as { type?: string }).type === 'entity.parse.failed';
    return {
      type: `urn:eenplan:probleem:http-${status}`,
      title,
      status,
      detail: jsonFout ? 'De meegestuurde gegevens zijn geen geldige JSON.' : detail,
    };
  }
  if (status === 503) {
    return { type: 'urn:eenplan:probleem:niet-beschikbaar', title: 'Niet beschikbaar', status: 503, detail: 'De dienst is tijdelijk niet beschikbaar.' };
  }
  logger.error(
    {
      route: (req.route as { path?: string } | undefined)?.path ?? 'onbekend',
      methode: req.method,
      fout: fout instanceof Error ? fout.name : typeof fout,
      code: (fout as { code?: unknown })?.code,
      // Stack frames only: the first line of a stack repeats the message, which may hold data.
      stack: fout instanceof Error ? fout.stack?.split('\n').slice(1, 8).join('\n') : undefined,
    },
    'onverwachte fout',
  );
  return {
    type: 'urn:eenplan:probleem:interne-fout',
    title: 'Er ging iets mis',
    status: 500,
    detail: 'Er ging iets mis aan onze kant. Probeer het later opnieuw; blijft het misgaan, neem dan contact op met functioneel beheer.',
  };
}

/** body-parser errors (bad JSON, too large, wrong charset) carry their own 4xx status. */
function statusVanBodyParser(fout: unknown): number | undefined {
  const status = (fout as { status?: unknown; statusCode?: unknown })?.status ?? (fout as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
