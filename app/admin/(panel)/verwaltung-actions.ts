"use server";

import { updateTag } from "next/cache";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import * as admin from "@/lib/admin";
import { MIN_PASSWORD_LENGTH, requireUser, type Role } from "@/lib/auth";
import { fieldErrors, formValues, type FormState } from "@/lib/admin";

const EDITORS: Role[] = ["ADMIN", "EDITOR"];

async function finish(result: admin.WriteResult, values: Record<string, string>, page: string): Promise<FormState> {
  if (!result.ok) return { errors: result.errors, values };
  for (const tag of result.tags) updateTag(tag);
  revalidatePath(page);
  return { ok: result.message };
}

const name = z.string().trim().min(1, "Bitte einen Namen eingeben.").max(80, "Höchstens 80 Zeichen.");
const description = z.string().trim().max(300, "Höchstens 300 Zeichen.");

const sectionSchema = z.object({ name, description });

export async function createSectionAction(_s: FormState, formData: FormData): Promise<FormState> {
  await requireUser(EDITORS);
  const values = formValues(formData);
  const parsed = sectionSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  return finish(await admin.createSection(parsed.data.name, parsed.data.description), values, "/admin/ressorts");
}

export async function updateSectionAction(id: number, _s: FormState, formData: FormData): Promise<FormState> {
  await requireUser(EDITORS);
  const values = formValues(formData);
  const parsed = sectionSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  return finish(await admin.updateSection(id, parsed.data.name, parsed.data.description), values, "/admin/ressorts");
}

export async function moveSectionAction(id: number, direction: "up" | "down"): Promise<FormState> {
  await requireUser(EDITORS);
  return finish(await admin.moveSection(id, direction === "up" ? "up" : "down"), {}, "/admin/ressorts");
}

export async function deleteSectionAction(id: number): Promise<FormState> {
  await requireUser(EDITORS);
  return finish(await admin.deleteSection(id), {}, "/admin/ressorts");
}

const tagSchema = z.object({ name: name.max(50, "Höchstens 50 Zeichen.") });

export async function createTagAction(_s: FormState, formData: FormData): Promise<FormState> {
  await requireUser(EDITORS);
  const values = formValues(formData);
  const parsed = tagSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  return finish(await admin.createTag(parsed.data.name), values, "/admin/themen");
}

export async function renameTagAction(id: number, _s: FormState, formData: FormData): Promise<FormState> {
  await requireUser(EDITORS);
  const values = formValues(formData);
  const parsed = tagSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  return finish(await admin.renameTag(id, parsed.data.name), values, "/admin/themen");
}

export async function deleteTagAction(id: number): Promise<FormState> {
  await requireUser(EDITORS);
  return finish(await admin.deleteTag(id), {}, "/admin/themen");
}

const authorSchema = z.object({
  name,
  jobTitle: z.string().trim().max(80, "Höchstens 80 Zeichen."),
  bio: z.string().trim().max(1000, "Höchstens 1000 Zeichen."),
});

export async function createAuthorAction(_s: FormState, formData: FormData): Promise<FormState> {
  await requireUser(EDITORS);
  const values = formValues(formData);
  const parsed = authorSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  return finish(await admin.createAuthor(parsed.data.name, parsed.data.jobTitle, parsed.data.bio), values, "/admin/autoren");
}

export async function updateAuthorAction(id: number, _s: FormState, formData: FormData): Promise<FormState> {
  await requireUser(EDITORS);
  const values = formValues(formData);
  const parsed = authorSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  return finish(await admin.updateAuthor(id, parsed.data.name, parsed.data.jobTitle, parsed.data.bio), values, "/admin/autoren");
}

export async function deleteAuthorAction(id: number): Promise<FormState> {
  await requireUser(EDITORS);
  return finish(await admin.deleteAuthor(id), {}, "/admin/autoren");
}

const role = z.enum(["ADMIN", "EDITOR", "AUTHOR"], { error: "Bitte eine Rolle wählen." });
const userSchema = z.object({
  name,
  email: z.string().trim().toLowerCase().email("Bitte eine gültige E-Mail-Adresse eingeben.").max(254),
  password: z.string().min(MIN_PASSWORD_LENGTH, `Mindestens ${MIN_PASSWORD_LENGTH} Zeichen.`).max(200, "Höchstens 200 Zeichen."),
  role,
  withAuthor: z.enum(["ja", "nein"]),
});

export async function createUserAction(_s: FormState, formData: FormData): Promise<FormState> {
  await requireUser(["ADMIN"]);
  const values = formValues(formData);
  const parsed = userSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: { ...values, password: "" } };
  const result = await admin.createUser({ ...parsed.data, withAuthor: parsed.data.withAuthor === "ja" });
  return finish(result, { ...values, password: "" }, "/admin/benutzer");
}

export async function changeRoleAction(userId: string, _s: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser(["ADMIN"]);
  const parsed = role.safeParse(formData.get("role"));
  if (!parsed.success) return { errors: { role: parsed.error.issues[0].message } };
  return finish(await admin.changeRole(actor, userId, parsed.data), {}, "/admin/benutzer");
}

export async function setActiveAction(userId: string, active: boolean): Promise<FormState> {
  const actor = await requireUser(["ADMIN"]);
  return finish(await admin.setActive(actor, userId, active === true), {}, "/admin/benutzer");
}
