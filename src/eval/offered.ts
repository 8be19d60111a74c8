// The services an answer offers, best first: the one place the measure reads them, so it keeps
// working when answers carry directory cards as well as citations. A declined answer offers none.
// A cited source names a service as `file#serviceId` (see loaders/hsds-*.ts); a citation or card
// that carries `serviceId` itself is read directly.

/** What the measure needs of an answer: whether it answered, and its citations (or cards) in order. */
export interface OfferingAnswer {
  grounded: boolean;
  citations: readonly { source: string; serviceId?: string }[];
  cards?: readonly { serviceId?: string; source?: string }[];
}

function serviceIdOf(item: { source?: string; serviceId?: string }): string | undefined {
  if (item.serviceId) return item.serviceId;
  const i = item.source?.indexOf('#') ?? -1;
  return i >= 0 ? item.source!.slice(i + 1) : undefined;
}

/** Service ids offered by the answer, best first, without repeats; [] when it declined. */
export function offeredServiceIds(answer: OfferingAnswer): string[] {
  if (!answer.grounded) return [];
  const items = [...(answer.cards ?? []), ...answer.citations];
  const ids = items.map(serviceIdOf).filter((id): id is string => id !== undefined);
  return [...new Set(ids)];
}
