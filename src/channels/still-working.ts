// The timer behind the "still working on it" note (src/core/still-working.ts), shared by the channels:
// armed when work is queued, disarmed when its replies are ready; if it fires first, `send` delivers the note.
export interface StillWorking {
  /** The answer is ready (or failed): the note is no longer needed. */
  done(): void;
}

export function stillWorkingAfter(ms: number, send: () => Promise<void>, onError: (err: unknown) => void): StillWorking {
  let finished = false;
  const timer = setTimeout(() => {
    if (!finished) send().catch(onError);
  }, ms);
  timer.unref();
  return {
    done() {
      finished = true;
      clearTimeout(timer);
    },
  };
}
