import type {
  bijdrageSchema,
  evaluatiePlannenSchema,
  evaluatieVastleggenSchema,
  grondslagenSchema,
  RegieAfspraakInvoer,
  teamlidBeeindigenSchema,
  TeamlidInvoer,
  toestemmingIntrekkenSchema,
  toestemmingSchema,
  veiligheidssignaalSchema,
  z,
} from '@eenplan/contracts';
import { vraag } from '../../../shared/api/http';
import type { HuishoudenDetail, Organisatie } from '@eenplan/contracts';

const id = (waarde: string) => encodeURIComponent(waarde);
const huishouden = (huishoudenId: string) => `/huishoudens/${id(huishoudenId)}`;

export function haalOrganisaties(signal?: AbortSignal): Promise<Organisatie[]> {
  return vraag('GET', '/organisaties', undefined, signal);
}

export function voegTeamlidToe(huishoudenId: string, invoer: TeamlidInvoer): Promise<HuishoudenDetail> {
  return vraag('POST', `${huishouden(huishoudenId)}/team`, invoer);
}

export function beeindigTeamlid(teamlidId: string, invoer: z.infer<typeof teamlidBeeindigenSchema>): Promise<HuishoudenDetail> {
  return vraag('POST', `/team/${id(teamlidId)}/beeindigen`, invoer);
}

export function geefToestemming(huishoudenId: string, invoer: z.infer<typeof toestemmingSchema>): Promise<HuishoudenDetail> {
  return vraag('POST', `${huishouden(huishoudenId)}/toestemmingen`, invoer);
}

export function trekToestemmingIn(toestemmingId: string, invoer: z.infer<typeof toestemmingIntrekkenSchema>): Promise<HuishoudenDetail> {
  return vraag('POST', `/toestemmingen/${id(toestemmingId)}/intrekken`, invoer);
}

export function zetGrondslagen(huishoudenId: string, invoer: z.infer<typeof grondslagenSchema>): Promise<HuishoudenDetail> {
  return vraag('PUT', `${huishouden(huishoudenId)}/grondslagen`, invoer);
}

export function legVeiligheidssignaalVast(huishoudenId: string, invoer: z.infer<typeof veiligheidssignaalSchema>): Promise<HuishoudenDetail> {
  return vraag('POST', `${huishouden(huishoudenId)}/veiligheidssignalen`, invoer);
}

export function legRegieVast(huishoudenId: string, invoer: RegieAfspraakInvoer): Promise<HuishoudenDetail> {
  return vraag('POST', `${huishouden(huishoudenId)}/regie`, invoer);
}

export function beeindigRegie(regieId: string, versie: number): Promise<HuishoudenDetail> {
  return vraag('DELETE', `/regie-afspraken/${id(regieId)}?versie=${versie}`);
}

export function planEvaluatie(huishoudenId: string, invoer: z.infer<typeof evaluatiePlannenSchema>): Promise<HuishoudenDetail> {
  return vraag('POST', `${huishouden(huishoudenId)}/evaluaties`, invoer);
}

export function legEvaluatieVast(evaluatieId: string, invoer: z.infer<typeof evaluatieVastleggenSchema>): Promise<HuishoudenDetail> {
  return vraag('POST', `/evaluaties/${id(evaluatieId)}/vastleggen`, invoer);
}

export function voegBijdrageToe(huishoudenId: string, invoer: z.infer<typeof bijdrageSchema>): Promise<HuishoudenDetail> {
  return vraag('POST', `${huishouden(huishoudenId)}/bijdragen`, invoer);
}
