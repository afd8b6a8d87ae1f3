// An app that imports chiso's published ES modules (dist/esm, Lit from node_modules), as a
// portal's own build would: the Trusted Types guard must run before Lit here too.
import "../../dist/esm/index.js";
