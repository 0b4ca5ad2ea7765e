/**
 * What a browser without JavaScript sends for a form: bench:scale's editor
 * saves through the admin's own forms this way (Next's server actions take
 * a plain multipart POST, the progressive enhancement readers' and editors'
 * browsers fall back to), so the bench does not spend the server's cores on
 * a Chromium the real editor runs on their own machine. Enough HTML for our
 * own admin pages: forms, inputs, textareas, selects; not a general parser.
 */

export type HtmlForm = {
  /** The form's attributes (action, method, enctype …), entities decoded. */
  attributes: Record<string, string>;
  /** The successful controls in document order, as the form would be submitted. */
  fields: Array<[name: string, value: string]>;
};

const ENTITIES: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") return String.fromCodePoint(name[1]!.toLowerCase() === "x" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributesOf(tagContent: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tagContent.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    found[match[1]!.toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? "");
  }
  return found;
}

/** Every form of the page, with the values a submission without JavaScript would send. */
export function parseForms(html: string): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const form of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const fields: Array<[string, string]> = [];
    for (const control of form[2]!.matchAll(/<(input|textarea|select)\b([^>]*)>(?:([\s\S]*?)<\/\1>)?/gi)) {
      const kind = control[1]!.toLowerCase();
      const attributes = attributesOf(control[2]!);
      const name = attributes.name;
      if (!name || "disabled" in attributes) continue;
      if (kind === "input") {
        const type = (attributes.type ?? "text").toLowerCase();
        if (["submit", "button", "reset", "image", "file"].includes(type)) continue;
        if ((type === "checkbox" || type === "radio") && !("checked" in attributes)) continue;
        fields.push([name, attributes.value ?? (type === "checkbox" || type === "radio" ? "on" : "")]);
      } else if (kind === "textarea") {
        // The one newline right after <textarea> is not part of the value.
        fields.push([name, decodeEntities((control[3] ?? "").replace(/^\r?\n/, ""))]);
      } else {
        const options = [...(control[3] ?? "").matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/gi)].map((option) => ({
          attributes: attributesOf(option[1]!),
          text: decodeEntities(option[2]!.replace(/<[^>]*>/g, "")).trim(),
        }));
        const selected = options.filter((option) => "selected" in option.attributes);
        const chosen = selected.length > 0 || "multiple" in attributes ? selected : options.slice(0, 1);
        for (const option of chosen) fields.push([name, option.attributes.value ?? option.text]);
      }
    }
    forms.push({ attributes: attributesOf(form[1]!), fields });
  }
  return forms;
}

/** The form's fields as multipart form data, with some values replaced (by name; the first of that name). */
export function formData(form: HtmlForm, replace: Record<string, string> = {}): FormData {
  const data = new FormData();
  const missing = new Set(Object.keys(replace));
  for (const [name, value] of form.fields) {
    if (missing.has(name)) {
      missing.delete(name);
      data.append(name, replace[name]!);
    } else {
      data.append(name, value);
    }
  }
  if (missing.size > 0) throw new Error(`Das Formular hat kein Feld ${[...missing].join(", ")}`);
  return data;
}
