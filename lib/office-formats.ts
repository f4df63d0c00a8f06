// The two Office Open XML formats the site both takes in (attachments, Excel imports) and gives out (report exports).

export const DOCX = { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word（DOCX）" } as const;
export const XLSX = { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel（XLSX）" } as const;
