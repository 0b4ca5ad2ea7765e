import type { TestProject } from "vitest/node";
import { createTemplateDatabase } from "./database";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string | null;
  }
}

export default async function setup(project: TestProject) {
  const template = await createTemplateDatabase();
  project.provide("templateDatabase", template?.name ?? null);
  return () => template?.drop();
}
