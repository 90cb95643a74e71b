// Opens citekg's report.html in headless Chromium (Debian's /usr/bin/chromium) with
// playwright-core, lets its scripts run, then prints what a test needs as JSON: the headline
// numbers and chart bars shown, the network view's state, what searching for a name selected,
// the console errors, every request the page made, and how many painted pixels the network
// canvas has. Usage: node check_report.mjs REPORT.html SCREENSHOT.png USER_DATA_DIR [QUERY]
import { chromium } from "playwright-core";
import { pathToFileURL } from "node:url";

const [reportPath, screenshotPath, userDataDir, query = "gpt4", clickNode = "model/gpt-3"] =
  process.argv.slice(2);
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // more flags for one run, such as --disable-webgl to see the page without WebGL
  ...(process.env.CHROMIUM_EXTRA_ARGS || "").split(" ").filter(Boolean),
];

const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: ARGS,
  viewport: { width: 1400, height: 1000 },
});
const consoleErrors = [];
const requests = [];
const blocked = [];
// every request is recorded; anything but the file itself and inline data is refused
await context.route("**/*", (route) => {
  const url = route.request().url();
  if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")) {
    return route.continue();
  }
  blocked.push(url);
  return route.abort();
});
context.on("request", (request) => requests.push(request.url()));
const page = context.pages()[0] || (await context.newPage());
page.on("console", (message) => {
  if (message.type() === "error") consoleErrors.push(message.text());
});
page.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));

await page.goto(pathToFileURL(reportPath).href, { waitUntil: "load" });
await page.waitForFunction(() => window.citekgReport && window.citekgReport.ready, null, {
  timeout: 60000,
});
await page.waitForTimeout(500);

const shown = await page.evaluate(() => {
  const stats = {};
  document.querySelectorAll("[data-stat]").forEach((card) => {
    stats[card.dataset.stat] = {
      value: card.dataset.value,
      text: card.querySelector(".value").textContent,
    };
  });
  const charts = {};
  document.querySelectorAll("svg.chart").forEach((svg) => {
    charts[`${svg.dataset.kind}/${svg.dataset.measure}`] = [...svg.querySelectorAll(".bar")].map(
      (bar) => [bar.dataset.node, Number(bar.dataset.value), bar.querySelector(".num").textContent],
    );
  });
  const boards = {};
  document.querySelectorAll(".board").forEach((board) => {
    boards[board.dataset.benchmark] = [...board.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.querySelectorAll("td")].map((td) => td.textContent),
    );
  });
  const report = window.citekgReport;
  const network = report.network;
  const container = document.getElementById("network-view");
  return {
    stats,
    charts,
    boards,
    buildsOnRows: document.querySelectorAll("table.links tbody tr").length,
    network: network
      ? {
          order: network.getGraph().order,
          size: network.getGraph().size,
          canvases: container.querySelectorAll("canvas").length,
          width: container.clientWidth,
          height: container.clientHeight,
        }
      : null,
    buildsOn: report.buildsOn ? { order: report.buildsOn.getGraph().order } : null,
    reportErrors: report.errors,
    notice: container.querySelector(".notice")?.textContent ?? null,
  };
});

// the network view as a picture: count the pixels that are not background
const view = page.locator("#network-view");
const before = await view.screenshot();
const painted = await page.evaluate(async (base64) => {
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.width;
  canvas.height = image.height;
  const context2d = canvas.getContext("2d");
  context2d.drawImage(image, 0, 0);
  const pixels = context2d.getImageData(0, 0, image.width, image.height).data;
  let colored = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const [r, g, b] = [pixels[i], pixels[i + 1], pixels[i + 2]];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 40) colored += 1; // a kind colour, not grey
  }
  return { colored, total: pixels.length / 4 };
}, before.toString("base64"));

// search as a user does: type, then press Enter
await page.fill("#search", query);
const suggestions = await page.$$eval("#search-results li", (items) =>
  items.map((li) => li.dataset.node),
);
await page.press("#search", "Enter");
await page.waitForTimeout(600);
const selected = await page.evaluate(() => ({
  selected: window.citekgReport.selected,
  attribute: document.getElementById("network-view").dataset.selected,
  heading: document.querySelector("#details h3")?.firstChild?.textContent ?? null,
  papers: document.querySelector("#details h4[data-papers]")?.dataset.papers ?? null,
  evidence: [...document.querySelectorAll("#details blockquote")].map((q) => q.textContent),
  marked: [...document.querySelectorAll("#details mark")].map((m) => m.textContent),
}));

await page.screenshot({ path: screenshotPath, fullPage: false });

// zoom with the + button, then click a node with the mouse, as a user does
const hasNetwork = await page.evaluate(() => window.citekgReport.network !== null);
let zoomRatio = null;
let target = null;
if (hasNetwork) {
  await page.evaluate(() => {
    window.citekgReport.select(null);
    window.citekgReport.network.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  });
  await page.locator("#network-view").scrollIntoViewIfNeeded();
  await page.click("#zoom-in");
  // wait for the zoom's animation to end (on a busy machine it takes longer), so that the
  // node is clicked where it is drawn
  const ratio = () => page.evaluate(() => window.citekgReport.network.getCamera().ratio);
  let previous = null;
  for (let i = 0; i < 25; i += 1) {
    await page.waitForTimeout(200);
    zoomRatio = await ratio();
    if (zoomRatio === previous) break;
    previous = zoomRatio;
  }
  // the wanted node, or (when another node is drawn over it or it lies outside the view
  // after zooming) the first model, dataset or benchmark that the mouse can reach
  target = await page.evaluate((wanted) => {
    const renderer = window.citekgReport.network;
    const graph = renderer.getGraph();
    const box = document.getElementById("network-view").getBoundingClientRect();
    const entities = graph.nodes().filter((n) => /^(model|dataset|benchmark)\//.test(n)).sort();
    for (const node of [wanted, ...entities]) {
      if (!graph.hasNode(node)) continue;
      const point = renderer.graphToViewport(graph.getNodeAttributes(node));
      if (point.x < 10 || point.y < 10 || point.x > box.width - 10 || point.y > box.height - 10) {
        continue;
      }
      if (renderer.getNodeAtPosition(point) !== node) continue;
      return { node, x: box.left + point.x, y: box.top + point.y };
    }
    return null;
  }, clickNode);
}
let clicked = null;
if (target) {
  await page.mouse.click(target.x, target.y);
  await page.waitForTimeout(600);
  clicked = await page.evaluate((node) => ({
    target: node,
    selected: window.citekgReport.selected,
    heading: document.querySelector("#details h3")?.firstChild?.textContent ?? null,
    papers: document.querySelector("#details h4[data-papers]")?.dataset.papers ?? null,
  }), target.node);
}
await context.close();

console.log(
  JSON.stringify({
    ...shown,
    painted,
    suggestions,
    search: selected,
    zoomRatio,
    clicked,
    consoleErrors,
    requests,
    blocked,
  }),
);
