import type { ErvaringsmetingInvoer, positieveGezondheidSchema, z } from '@eenplan/contracts';
import { vraag } from '../../../shared/api/http';
import type { HuishoudenDetail } from '@eenplan/contracts';

const id = encodeURIComponent;

/** The household's answers, read out and chosen together with the professional at an evaluation. */
export function legErvaringsmetingVast(evaluatieId: string, antwoorden: ErvaringsmetingInvoer): Promise<HuishoudenDetail> {
  return vraag('POST', `/evaluaties/${id(evaluatieId)}/ervaringsmeting`, antwoorden);
}

/** A one-time link (path `/ervaring/<token>`) for the household to answer itself; it replaces an open one. */
export function maakMeetlink(evaluatieId: string): Promise<{ url: string; verlooptOp: string }> {
  return vraag('POST', `/evaluaties/${id(evaluatieId)}/meetlink`, {});
}

export function legPositieveGezondheidVast(huishoudenId: string, invoer: z.infer<typeof positieveGezondheidSchema>): Promise<HuishoudenDetail> {
  return vraag('POST', `/huishoudens/${id(huishoudenId)}/positieve-gezondheid`, invoer);
}
