// IOC wall: a clock shows the wall is alive (date with a four-digit year, 24-hour time, the
// province's time zone). Everything else is the elements' own polling, SSE, stale handling and
// fitting to their cells: no size flag.
const clock = document.getElementById("wall-clock");
// Explicit fields: vi-VN's short date style has a two-digit year ("26/07/23").
const format = new Intl.DateTimeFormat("vi-VN", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
  timeZone: "Asia/Ho_Chi_Minh",
});
function tick() {
  clock.textContent = format.format(new Date());
}
tick();
setInterval(tick, 1000);
