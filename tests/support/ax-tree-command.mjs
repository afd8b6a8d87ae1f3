// web-test-runner server command `ax-tree`: the page's accessibility tree as Chromium gives it to
// screen readers (DevTools protocol, every node a reader gets: rows and cells included, which
// Puppeteer's "interesting only" snapshot leaves out), as { role, name, level, children }.
export function axTreeCommand() {
  return {
    name: "ax-tree-command",
    async executeCommand({ command, session }) {
      if (command !== "ax-tree") return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        const { nodes } = await cdp.send("Accessibility.getFullAXTree");
        const byId = new Map(nodes.map((node) => [node.nodeId, node]));
        // Ignored nodes (generic wrappers, hidden ones) hand their children up to their parent.
        const build = (node) => {
          const children = (node.childIds ?? []).flatMap((id) => {
            const child = byId.get(id);
            return child ? build(child) : [];
          });
          const role = node.role?.value ?? "";
          if (node.ignored || role === "InlineTextBox") return children;
          const level = node.properties?.find((p) => p.name === "level")?.value?.value;
          return [{ role, name: node.name?.value ?? "", ...(level ? { level } : {}), children }];
        };
        return build(nodes[0])[0];
      } finally {
        await cdp.detach();
      }
    },
  };
}
