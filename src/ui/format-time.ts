// Clock and date-time text in the device's local time, 24-hour, as people in China read
// clocks: "09:05" for today's sync, "2025-06-03 09:05" for when something happened.
// Numbers only, so the same text works in every language.

const pad = (n: number) => String(n).padStart(2, '0');

/** HH:mm */
export function formatClockTime(timestamp: number): string {
  const d = new Date(timestamp);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** YYYY-MM-DD HH:mm */
export function formatDateTime(timestamp: number): string {
  const d = new Date(timestamp);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${formatClockTime(timestamp)}`;
}
