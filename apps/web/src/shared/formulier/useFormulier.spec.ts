import { z } from '@eenplan/contracts';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiFout } from '../api/http';
import { useBasisVersie, useFormulier } from './useFormulier';

const conflict = new ApiFout({ type: 'about:blank', title: 'Intussen gewijzigd', status: 409, detail: 'Iemand anders heeft dit gewijzigd.' });

describe('useBasisVersie', () => {
  it('keeps the version the form opened with until a conflict, then takes the current one', () => {
    const { result, rerender } = renderHook(
      ({ versie }) => {
        const formulier = useFormulier();
        return { formulier, basis: useBasisVersie(formulier, versie)[0] };
      },
      { initialProps: { versie: 3 } },
    );
    // Someone else saved (the household came in again): the form still edits what it showed.
    rerender({ versie: 4 });
    expect(result.current.basis).toBe(3);

    act(() => void result.current.formulier.verwerkFout(conflict));
    expect(result.current.formulier.conflict?.gewijzigd).toBe(true);
    rerender({ versie: 5 });
    expect(result.current.basis).toBe(5);
  });
});

describe('useFormulier.controleer', () => {
  it('adds the errors only the form knows to those of the schema, and returns nothing while any is left', () => {
    const schema = z.object({ naam: z.string().min(1, 'Vul een naam in.') });
    const { result } = renderHook(() => useFormulier());

    let uitkomst: unknown;
    act(() => void (uitkomst = result.current.controleer(schema, { naam: 'Truus' }, { 'doelen.d1': 'Kies de voortgang.' })));
    expect(uitkomst).toBeUndefined();
    expect(result.current.veldfouten).toEqual({ 'doelen.d1': 'Kies de voortgang.' });

    act(() => void (uitkomst = result.current.controleer(schema, { naam: '' }, {})));
    expect(result.current.veldfouten).toEqual({ naam: 'Vul een naam in.' });

    act(() => void (uitkomst = result.current.controleer(schema, { naam: 'Truus' })));
    expect(uitkomst).toEqual({ naam: 'Truus' });
    expect(result.current.veldfouten).toEqual({});
  });
});
