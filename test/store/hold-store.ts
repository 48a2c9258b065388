/** Child process for the lock test: opens the store given as argv[2], says "ready", holds it until killed. */
import { Store } from "../../src/store/db.js";

const store = await Store.open(process.argv[2]);
process.stdout.write("ready\n");
setInterval(() => undefined, 1000);
process.on("SIGTERM", () => {
  store.close();
  process.exit(0);
});
