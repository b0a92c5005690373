import type { CardFigure } from './figures';
import { ACCENT, ERA_COLOURS, MUTED, RULE } from './palette';

const WIDTH = 440;
const LABEL_WIDTH = 150;
const VALUE_WIDTH = 40;
const TRACK_WIDTH = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 24;

/** A card's small bar chart. Satori lays out only flex boxes, so every bar is a sized div. */
export function Figure({ caption, bars }: CardFigure) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: WIDTH, gap: 8 }}>
      <div style={{ display: 'flex', color: MUTED, fontSize: 20, paddingBottom: 2 }}>{caption}</div>
      {bars.map((bar) => (
        <div key={bar.label} style={{ display: 'flex', alignItems: 'center', gap: 12, fontSize: 20 }}>
          <div style={{ display: 'flex', width: LABEL_WIDTH, color: MUTED }}>{bar.label}</div>
          {bar.note ? (
            // No track at all: an empty bar beside a zero would read as a "no".
            <div style={{ display: 'flex', width: TRACK_WIDTH + VALUE_WIDTH + 12, color: MUTED }}>{bar.note}</div>
          ) : (
            <>
              <div style={{ display: 'flex', width: TRACK_WIDTH, height: 16, background: RULE, borderRadius: 3 }}>
                <div
                  style={{
                    display: 'flex',
                    // A zero leaves the track empty; any other count stays visible however small.
                    width: bar.value === 0 ? 0 : Math.max(4, Math.round((bar.value / max) * TRACK_WIDTH)),
                    height: 16,
                    borderRadius: 3,
                    background: bar.era ? ERA_COLOURS[bar.era].ink : bar.muted ? MUTED : ACCENT,
                  }}
                />
              </div>
              <div style={{ display: 'flex', width: VALUE_WIDTH, justifyContent: 'flex-end', fontWeight: 700 }}>{bar.value}</div>
            </>
          )}
        </div>
      ))}
    </div>
  );
}
