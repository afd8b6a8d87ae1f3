// IOC wall: ?size=4k doubles the root type size for a 3840×2160 screen; a clock shows the wall
// is alive. Everything else is the elements' own polling, SSE and stale handling.
if (new URL(location.href).searchParams.get("size") === "4k")
  document.documentElement.classList.add("k4");
const clock = document.getElementById("wall-clock");
// Explicit fields: vi-VN's short date style has a two-digit year ("26/07/23").
const format = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
  timeZone: "Asia/Ho_Chi_Minh",
});
function tick() {
  clock.textContent = format.format(new Date());
}
tick();
setInterval(tick, 1000);
