/**
 * `npm run admin:password -- <email>`: a new password for an existing account
 * (forgotten password, handover), and every session of that account ends.
 * The password comes from ADMIN_PASSWORD (at least 10 characters) or is
 * generated and printed once. Database: see scripts/maintenance/cli-database.ts.
 */
import { resetPassword } from "../server/bootstrap-admin";
import { runCommand, withDatabase } from "./cli-database";
import { settings } from "../../lib/runtime";

runCommand(async () => {
  const email = process.argv[2];
  if (!email || process.argv.length > 3 || email.startsWith("-")) {
    throw new Error("Aufruf: npm run admin:password -- <E-Mail-Adresse>   (neues Passwort aus ADMIN_PASSWORD oder erzeugt)");
  }
  const result = await withDatabase((prisma) => resetPassword(prisma, email, settings().adminPassword));
  console.log(`Neues Passwort für ${result.email} gesetzt; ${result.endedSessions} Sitzung(en) beendet.`);
  if (result.generatedPassword) console.log(`Passwort: ${result.generatedPassword}  (wird nur dieses eine Mal angezeigt)`);
  if (!result.active) console.log("Hinweis: Das Konto ist deaktiviert; ein Admin kann es unter /admin/benutzer wieder aktivieren.");
});
