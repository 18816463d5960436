import { STANDAARD_ONTHULLINGSREGELS, type OnthullingsRegels } from '@eenplan/contracts';
import { createContext, useContext } from 'react';
import { markeringen } from './weergave';

/** The disclosure rules of the release on screen, so markers and explanations say what it did. */
export const OnthullingsRegelsContext = createContext<OnthullingsRegels>(STANDAARD_ONTHULLINGSREGELS);

export function useOnthullingsRegels(): OnthullingsRegels {
  return useContext(OnthullingsRegelsContext);
}

export function useMarkeringen() {
  return markeringen(useOnthullingsRegels());
}
