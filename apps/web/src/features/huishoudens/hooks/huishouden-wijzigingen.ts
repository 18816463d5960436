import { useHuishoudenWijziging } from '../../../shared/huishouden/useHuishoudenWijziging';
import { verwijderLid, voegLidToe, wijzigAdres, wijzigLid } from '../api/huishoudens-api';

// One hook per change to the household's own data; each answers with the whole household (see useHuishoudenWijziging).

export const useWijzigAdres = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, (invoer: Parameters<typeof wijzigAdres>[1]) => wijzigAdres(huishoudenId, invoer));

export const useVoegLidToe = (huishoudenId: string) => useHuishoudenWijziging(huishoudenId, (lid: Parameters<typeof voegLidToe>[1]) => voegLidToe(huishoudenId, lid));

export const useWijzigLid = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, ({ lidId, invoer }: { lidId: string; invoer: Parameters<typeof wijzigLid>[2] }) => wijzigLid(huishoudenId, lidId, invoer));

export const useVerwijderLid = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, ({ lidId, versie }: { lidId: string; versie: number }) => verwijderLid(huishoudenId, lidId, versie));
