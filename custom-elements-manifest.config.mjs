// Custom Elements Manifest (`npm run analyze`). Lit's `{ state: true }` properties are internal
// but the analyzer lists them as attributes; this drops every attribute backed by a private or
// protected field, so Storybook's controls and editors show only the public API.
export default {
  plugins: [
    {
      name: "chiso-hide-internal-state",
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules)
          for (const declaration of module.declarations ?? []) {
            if (!declaration.attributes) continue;
            const internal = new Set(
              (declaration.members ?? [])
                .filter((member) => member.privacy === "private" || member.privacy === "protected")
                .map((member) => member.name),
            );
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !internal.has(attribute.fieldName),
            );
            for (const member of declaration.members ?? [])
              if (internal.has(member.name)) delete member.attribute;
          }
      },
    },
  ],
};
