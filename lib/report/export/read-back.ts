import ExcelJS from "exceljs";
import JSZip from "jszip";

// Reads exported files back, for the unit and end-to-end tests that compare their cells with the report.

export type DocxCell = { text: string; gridSpan: number; vMerge: "restart" | "continue" | null };

const decode = (xml: string) =>
  xml.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The tables of a DOCX (word/document.xml): tables → rows → cells with their text and merges. */
export async function docxTables(file: Buffer | Uint8Array): Promise<{ xml: string; tables: DocxCell[][][] }> {
  const zip = await JSZip.loadAsync(file);
  const xml = await zip.file("word/document.xml")!.async("string");
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, table]) =>
    [...table.matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map(([, row]) =>
      [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell]): DocxCell => {
        const span = /<w:gridSpan w:val="(\d+)"\/>/.exec(cell);
        const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(cell);
        return {
          text: decode([...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")),
          gridSpan: span ? Number(span[1]) : 1,
          vMerge: merge ? (merge[1] === "restart" ? "restart" : "continue") : null,
        };
      }),
    ),
  );
  return { xml, tables };
}

/** The sheets of an XLSX as name → rows of cell values (1-based rows and columns kept as array positions). */
export async function xlsxSheets(file: Buffer | ArrayBuffer | Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings predate Node's generic Buffer; the bytes are what it reads.
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    merges: (sheet.model as { merges?: string[] }).merges ?? [],
    rows: Array.from({ length: sheet.rowCount }, (_, r) =>
      Array.from({ length: sheet.columnCount }, (_, c) => {
        const cell = sheet.getCell(r + 1, c + 1);
        return cell.isMerged && cell.master.address !== cell.address ? null : (cell.value as string | number | null);
      }),
    ),
  }));
}
