// time.Time's methods as templates call them on Sprig's times (`(toDate ...).Unix`).
import { formatTime, timeString, UTC } from './gotime.js';
import { GoInt64, type GoMethod, type GoTime } from './values.js';

/**
 * time.Time's methods a template can call (`.Unix`, `.YearDay`, `.Format "..."`...), read in the time's
 * own zone; Unix* give int64, the calendar fields int.
 */
export function timeMethods(t: GoTime): Record<string, GoMethod> {
  const zone = t.zone ?? UTC;
  const wall = new Date(t.goTime.getTime() + zone.offset * 1000);
  const ms = t.goTime.getTime();
  const sec = BigInt(Math.floor(ms / 1000));
  const int = (n: number) => ({ params: [], call: () => BigInt(n) }) as GoMethod;
  const int64 = (n: bigint) => ({ params: [], call: () => new GoInt64(n) }) as GoMethod;
  const yday = Math.floor((Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()) - Date.UTC(wall.getUTCFullYear(), 0, 1)) / 86400000) + 1;
  return {
    Unix: int64(sec),
    UnixMilli: int64(BigInt(Math.floor(ms))),
    UnixNano: int64(sec * 1_000_000_000n + BigInt(t.nanos)),
    Year: int(wall.getUTCFullYear()),
    YearDay: int(yday),
    Day: int(wall.getUTCDate()),
    Hour: int(wall.getUTCHours()),
    Minute: int(wall.getUTCMinutes()),
    Second: int(wall.getUTCSeconds()),
    Nanosecond: int(t.nanos),
    IsZero: { params: [], call: () => ms === -62135596800000 && t.nanos === 0 },
    String: { params: [], call: () => timeString(t) },
    Format: { params: ['string'], call: (layout) => formatTime(t, layout as string) },
    UTC: { params: [], call: () => ({ goTime: t.goTime, nanos: t.nanos }) },
  };
}
