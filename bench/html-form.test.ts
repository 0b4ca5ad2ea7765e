import { describe, expect, it } from "vitest";
import { decodeEntities, formData, parseForms } from "./html-form";

const page = `
<form class="a" action="" encType="multipart/form-data" method="POST">
  <input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;abc&quot;}"/>
  <input id="t" name="title" value="Alt &amp; neu"/>
  <textarea name="body">
Erste Zeile
&lt;b&gt;zweite&lt;/b&gt;</textarea>
  <select name="sectionId"><option value="1">Politik</option><option value="2" selected="">Sport</option></select>
  <select name="authorIds" multiple=""><option value="4" selected="">A</option><option value="5">B</option><option value="1" selected="">C</option></select>
  <select name="status"><option value="DRAFT">Entwurf</option></select>
  <input type="checkbox" name="pin" value="1"/>
  <input type="checkbox" name="key" checked=""/>
  <input name="off" value="x" disabled=""/>
  <input type="file" name="upload"/>
  <button type="submit">Speichern</button>
</form>
<form action="/suche"><input name="q" value=""></form>`;

describe("parseForms", () => {
  it("gives what a submission without JavaScript sends, in document order", () => {
    const [form, search] = parseForms(page);
    expect(form!.attributes).toMatchObject({ action: "", enctype: "multipart/form-data", method: "POST" });
    expect(form!.fields).toEqual([
      ["$ACTION_1:0", '{"id":"abc"}'],
      ["title", "Alt & neu"],
      ["body", "Erste Zeile\n<b>zweite</b>"],
      ["sectionId", "2"],
      ["authorIds", "4"],
      ["authorIds", "1"],
      ["status", "DRAFT"],
      ["key", "on"],
    ]);
    expect(search!.fields).toEqual([["q", ""]]);
  });

  it("replaces a field's value and refuses a name the form lacks", () => {
    const [form] = parseForms(page);
    const data = formData(form!, { title: "Neu" });
    expect(data.get("title")).toBe("Neu");
    expect(data.getAll("authorIds")).toEqual(["4", "1"]);
    expect(() => formData(form!, { titel: "x" })).toThrow("titel");
  });

  it("decodes named and numeric entities", () => {
    expect(decodeEntities("&quot;&#39;&#x27;&auml;&amp;")).toBe(`"''&auml;&`);
  });
});
