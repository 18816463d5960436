import { STANDAARD_ONTHULLINGSREGELS } from '@eenplan/contracts';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { OnthullingsRegelsContext, useMarkeringen, useOnthullingsRegels } from './onthullingsregels';

describe('the disclosure rules of the release on screen', () => {
  it('without a release: the defaults of thema 2', () => {
    const { result } = renderHook(() => ({ regels: useOnthullingsRegels(), tekens: useMarkeringen() }));
    expect(result.current.regels).toEqual(STANDAARD_ONTHULLINGSREGELS);
    expect(result.current.tekens.klein.teken).toBe('<10');
  });

  it('inside a release: the markers say what that release did', () => {
    const regels = { minimum: 15, afronding: 5, dominantie: 0.8 };
    const wrapper = ({ children }: { children: ReactNode }) => <OnthullingsRegelsContext value={regels}>{children}</OnthullingsRegelsContext>;
    const { result } = renderHook(() => useMarkeringen(), { wrapper });
    expect(result.current.klein.teken).toBe('<15');
    expect(result.current.klein.uitleg).toContain('1 tot en met 14 huishoudens');
    expect(result.current.te_weinig.uitleg).toContain('minder dan 15');
  });
});
