<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Audit</name>
    <message>
        <source>    说明：%1
</source>
        <translation>    Explanation: %1
</translation>
    </message>
    <message>
        <source>    位置：%1
</source>
        <translation>    Location: %1
</translation>
    </message>
    <message>
        <source>共 %1 条：错误 %2，警告 %3，提示 %4。
</source>
        <translation>%1 in all: %2 errors, %3 warnings, %4 notes.
</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>差额在尾数允许范围 %1 以内，属尾数差。</source>
        <translation> The difference is within the rounding tolerance of %1: a tail difference.</translation>
    </message>
    <message>
        <source>（无预算）</source>
        <translation>(no budget)</translation>
    </message>
</context>
<context>
    <name>AuditDock</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>&amp;Explanation of this warning:</source>
        <translation>&amp;Explanation of this warning:</translation>
    </message>
    <message>
        <source>Why the figures are right as they stand; a reason the narrative shares is written only once</source>
        <translation>Why the figures are right as they stand; a reason the narrative shares is written only once</translation>
    </message>
</context>
<context>
    <name>ClassRowBar</name>
    <message>
        <source>Code or name of a 项, e.g. 2010601 or 行政运行</source>
        <translation>Code or name of a line item (项), e.g. 2010601 or 行政运行</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Removes the selected 项 row and its figures (undoable)</source>
        <translation>Removes the selected line item (项) and its figures (undoable)</translation>
    </message>
    <message>
        <source>%1 is not a 项 code of %2. Type 7 digits or pick a name from the list.</source>
        <translation>%1 is not a line item (项) code of %2. Type 7 digits or pick a name from the list.</translation>
    </message>
    <message>
        <source>%1 %2 is already in this table.</source>
        <translation>%1 %2 is already in this table.</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>The document is read-only.</translation>
    </message>
    <message>
        <source>Select a cell of the 项 row to remove; 类 and 款 rows go with their last 项.</source>
        <translation>Select a cell of the line item (项) to remove; class (类) and section (款) rows go with their last line item.</translation>
    </message>
    <message>
        <source>%1 %2 still has figures in %3.</source>
        <translation>%1 %2 still has figures in %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Remove it from every table that lists it, with those figures, or only from this table? Either can be undone.</source>
        <translation>Remove it from every table that lists it, with those figures, or only from this table? Either can be undone.</translation>
    </message>
    <message>
        <source>Remove from every table</source>
        <translation>Remove from every table</translation>
    </message>
    <message>
        <source>Only from this table</source>
        <translation>Only from this table</translation>
    </message>
</context>
<context>
    <name>CodeBook</name>
    <message>
        <source>Code book %1: bad or repeated entry &quot;%2&quot;.</source>
        <translation>Code book %1: bad or repeated entry &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Code book %1: %2 has no parent %3.</source>
        <translation>Code book %1: %2 has no parent %3.</translation>
    </message>
    <message>
        <source>A code book has no id or no entries.</source>
        <translation>A code book has no id or no entries.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write to &lt;file&gt;.</source>
        <translation>Write to &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Replace the output file if it exists.</translation>
    </message>
    <message>
        <source>The bundled sample is missing from this build.</source>
        <translation>The bundled sample is missing from this build.</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;; known: %2.</source>
        <translation>Unknown template &quot;%1&quot;; known: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>&quot;%1&quot; is not a year.</translation>
    </message>
    <message>
        <source>The kind must be 行政, 参公 or 事业.</source>
        <translation>The kind must be 行政, 参公 or 事业.</translation>
    </message>
    <message>
        <source>The department needs a name.</source>
        <translation>The department needs a name.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s); nothing was created.</source>
        <translation>
            <numerusform>%n error; nothing was created.</numerusform>
            <numerusform>%n errors; nothing was created.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot;; the tables are T1 to T9.</source>
        <translation>There is no table &quot;%1&quot;; the tables are T1 to T9.</translation>
    </message>
    <message>
        <source>Usage: final-accounts [FILE.fadb]            open the editor
       final-accounts COMMAND [ARGUMENTS]

Commands:
  sample -o FILE.fadb [--force]           write the bundled sample document
  new --template ID --department NAME --year YYYY [--kind 行政|参公|事业]
      -o FILE.fadb [--force]              create an empty document
  import FILE.json -o FILE.fadb [--force] create a document from interchange JSON
  export FILE.fadb [-o FILE.json]         write interchange JSON (default: standard output)
  tables FILE.fadb [--table T1…T9]        print the computed tables as TSV
  narrative FILE.fadb                     print Parts 1, 3, 4 and 5 as text
  audit FILE.fadb [--text FILE.txt] [--json]  check tables and texts (exit 0 clean, 1 warnings, 2 errors)
  pdf FILE.fadb -o OUT.pdf [--final]      print the disclosure to PDF (draft watermark while the
                                          audit has errors, unless --final)
  pdf DIR -o OUTDIR [--final]             the same for every .fadb in a folder
  odt FILE.fadb -o OUT.odt                the disclosure as an OpenDocument text (also DIR -o OUTDIR)
  help                                    show this text

Templates: %1
Exit status: 0 success, 1 failure, 64 wrong arguments.
</source>
        <translation>Usage: final-accounts [FILE.fadb]            open the editor
       final-accounts COMMAND [ARGUMENTS]

Commands:
  sample -o FILE.fadb [--force]           write the bundled sample document
  new --template ID --department NAME --year YYYY [--kind 行政|参公|事业]
      -o FILE.fadb [--force]              create an empty document
  import FILE.json -o FILE.fadb [--force] create a document from interchange JSON
  export FILE.fadb [-o FILE.json]         write interchange JSON (default: standard output)
  tables FILE.fadb [--table T1…T9]        print the computed tables as TSV
  narrative FILE.fadb                     print Parts 1, 3, 4 and 5 as text
  audit FILE.fadb [--text FILE.txt] [--json]  check tables and texts (exit 0 clean, 1 warnings, 2 errors)
  pdf FILE.fadb -o OUT.pdf [--final]      print the disclosure to PDF (draft watermark while the
                                          audit has errors, unless --final)
  pdf DIR -o OUTDIR [--final]             the same for every .fadb in a folder
  odt FILE.fadb -o OUT.odt                the disclosure as an OpenDocument text (also DIR -o OUTDIR)
  help                                    show this text

Templates: %1
Exit status: 0 success, 1 failure, 64 wrong arguments.
</translation>
    </message>
    <message>
        <source>Export as final: no draft watermark.</source>
        <translation>Export as final: no draft watermark.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s) written to %2.</source>
        <translation>
            <numerusform>%1 of %n document(s) written to %2.</numerusform>
            <numerusform>%1 of %n document(s) written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: exported as final despite %n audit error(s).</source>
        <translation>
            <numerusform>%1: exported as final despite %n audit error(s).</numerusform>
            <numerusform>%1: exported as final despite %n audit error(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>Condition &quot;%1&quot;: cannot read &quot;%2&quot;.</source>
        <translation>Condition &quot;%1&quot;: cannot read &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>DepartmentEditor</name>
    <message>
        <source>Department name</source>
        <translation>Department name</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>Department code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Budget units (one per line)</source>
        <translation>Budget units (one per line)</translation>
    </message>
</context>
<context>
    <name>DisclosureExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot draw the PDF %1.</source>
        <translation>Cannot draw the PDF %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>DisclosurePrinter</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>Print Preview — %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export ODT</source>
        <translation>Export ODT</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Template %1 cannot be used: %2</source>
        <translation>Template %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>There is no cell %1.</source>
        <translation>There is no cell %1.</translation>
    </message>
    <message>
        <source>This cell is computed and cannot be typed into.</source>
        <translation>This cell is computed and cannot be typed into.</translation>
    </message>
    <message>
        <source>A negative value is not allowed here.</source>
        <translation>A negative value is not allowed here.</translation>
    </message>
    <message>
        <source>The value is too large.</source>
        <translation>The value is too large.</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>The document is read-only.</translation>
    </message>
    <message>
        <source>The last change could not be saved to %1: %2. The document is now read-only; save a copy to keep your work.</source>
        <translation>The last change could not be saved to %1: %2. The document is now read-only; save a copy to keep your work.</translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <source>%1 uses the template &quot;%2&quot;, which this installation does not have (it has: %3).</source>
        <translation>%1 uses the template &quot;%2&quot;, which this installation does not have (it has: %3).</translation>
    </message>
    <message>
        <source>%1 is already open in another window or program, so it was opened read-only. Close it there to edit it here.</source>
        <translation>%1 is already open in another window or program, so it was opened read-only. Close it there to edit it here.</translation>
    </message>
    <message>
        <source>%1 is read-only, so it was opened read-only. Save a copy to edit it.</source>
        <translation>%1 is read-only, so it was opened read-only. Save a copy to edit it.</translation>
    </message>
    <message>
        <source>The document is damaged: cell %1 holds %2. %3</source>
        <translation>The document is damaged: cell %1 holds %2. %3</translation>
    </message>
</context>
<context>
    <name>DocumentPath</name>
    <message>
        <source>%1 is a link that leads back to itself, not a document file.</source>
        <translation>%1 is a link that leads back to itself, not a document file.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist.</source>
        <translation>%1 is a link to %2, which does not exist.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a document file.</source>
        <translation>%1 is a folder, not a document file.</translation>
    </message>
    <message>
        <source>%1 is not a document file (it is a pipe, a socket or a device).</source>
        <translation>%1 is not a document file (it is a pipe, a socket or a device).</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); it holds no document.</source>
        <translation>%1 is empty (0 bytes); it holds no document.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a Final Accounts document (it is not an SQLite database at all).</source>
        <translation>%1 is not a Final Accounts document (it is not an SQLite database at all).</translation>
    </message>
    <message>
        <source>%1-wal beside %1 belongs to another file that was at this path before. Move it away and open the document again.</source>
        <translation>%1-wal beside %1 belongs to another file that was at this path before. Move it away and open the document again.</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>The SQLite driver of Qt is not installed, so no document can be opened.</source>
        <translation>The SQLite driver of Qt is not installed, so no document can be opened.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 is damaged and cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Final Accounts document.</source>
        <translation>%1 is an SQLite database of another application, not a Final Accounts document.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Final Accounts Editor (file format %2; this version reads up to %3). Install the newer version to open it; the file was not changed.</source>
        <translation>%1 was written by a newer version of Final Accounts Editor (file format %2; this version reads up to %3). Install the newer version to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>%1 is damaged: the database integrity check failed. Open a backup copy instead.</source>
        <translation>%1 is damaged: the database integrity check failed. Open a backup copy instead.</translation>
    </message>
    <message>
        <source>%1 contains triggers or views that Final Accounts Editor never writes; it was not opened.</source>
        <translation>%1 contains triggers or views that Final Accounts Editor never writes; it was not opened.</translation>
    </message>
    <message>
        <source>%1 is in an older file format and must be upgraded, but it is read-only.</source>
        <translation>%1 is in an older file format and must be upgraded, but it is read-only.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2</source>
        <translation>%1 could not be upgraded: %2</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed, so no document can be written.</source>
        <translation>The SQLite driver of Qt is not installed, so no document can be written.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <source>%1 is open in another window or program and cannot be replaced.</source>
        <translation>%1 is open in another window or program and cannot be replaced.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>The document is read-only.</translation>
    </message>
    <message>
        <source>the file names no template</source>
        <translation>the file names no template</translation>
    </message>
    <message>
        <source>%1 is in use by another program, which holds a lock on it. Close it there and open the document again.</source>
        <translation>%1 is in use by another program, which holds a lock on it. Close it there and open the document again.</translation>
    </message>
    <message>
        <source>%1 was not closed properly, and its last changes can only be recovered with write access, but the file or its folder is read-only. Open it where it may be written.</source>
        <translation>%1 was not closed properly, and its last changes can only be recovered with write access, but the file or its folder is read-only. Open it where it may be written.</translation>
    </message>
    <message>
        <source>%1 is damaged: its file format number %2 is not one that exists.</source>
        <translation>%1 is damaged: its file format number %2 is not one that exists.</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened: %2.</source>
        <translation>%1 is damaged and was not opened: %2.</translation>
    </message>
    <message>
        <source>%1 is in use by another program, so it was opened read-only. Close it there and open the document again to edit it.</source>
        <translation>%1 is in use by another program, so it was opened read-only. Close it there and open the document again to edit it.</translation>
    </message>
    <message>
        <source>%1 was opened read-only: the file system does not allow its write-ahead log (%2).</source>
        <translation>%1 was opened read-only: the file system does not allow its write-ahead log (%2).</translation>
    </message>
    <message>
        <source>%1 is not a file and cannot be replaced by a document.</source>
        <translation>%1 is not a file and cannot be replaced by a document.</translation>
    </message>
    <message>
        <source>the journal files beside it cannot be removed</source>
        <translation>the journal files beside it cannot be removed</translation>
    </message>
    <message>
        <source>%1 was written, but its folder could not be synced to the disk.</source>
        <translation>%1 was written, but its folder could not be synced to the disk.</translation>
    </message>
    <message>
        <source>a text of more than %1 characters cannot be saved</source>
        <translation>a text of more than %1 characters cannot be saved</translation>
    </message>
</context>
<context>
    <name>EditorWorkspace</name>
    <message>
        <source>Read-only: changes cannot be made to this document.</source>
        <translation>Read-only: changes cannot be made to this document.</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>Formula &quot;%1&quot;: %2</source>
        <translation>Formula &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>two operators in a row</source>
        <translation>two operators in a row</translation>
    </message>
    <message>
        <source>missing operator</source>
        <translation>missing operator</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unexpected character &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ends without a term</source>
        <translation>ends without a term</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Cannot open the document</source>
        <translation>Cannot open the document</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 could not be opened.</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Opened read-only</translation>
    </message>
    <message>
        <source>Create the disclosure as</source>
        <translation>Create the disclosure as</translation>
    </message>
    <message>
        <source>Cannot create the document</source>
        <translation>Cannot create the document</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>%1 could not be created.</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-copy</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Cannot save the copy</translation>
    </message>
    <message>
        <source>Choose a different file than the open one.</source>
        <translation>Choose a different file than the open one.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <source>Final accounts (*.fadb)</source>
        <translation>Final accounts (*.fadb)</translation>
    </message>
    <message>
        <source>Check that the file has not been moved, renamed or deleted, then open it again.</source>
        <translation>Check that the file has not been moved, renamed or deleted, then open it again.</translation>
    </message>
    <message>
        <source>Choose a file saved by this editor (*.fadb). Data from other programs can be brought in with &quot;final-accounts import&quot;.</source>
        <translation>Choose a file saved by this editor (*.fadb). Data from other programs can be brought in with &quot;final-accounts import&quot;.</translation>
    </message>
    <message>
        <source>The file was left unchanged. Open an earlier copy or a backup, and keep this file for support.</source>
        <translation>The file was left unchanged. Open an earlier copy or a backup, and keep this file for support.</translation>
    </message>
    <message>
        <source>Update the editor, or ask whoever sent the file for a version this installation can read.</source>
        <translation>Update the editor, or ask whoever sent the file for a version this installation can read.</translation>
    </message>
    <message>
        <source>The installation is incomplete: reinstall the editor.</source>
        <translation>The installation is incomplete: reinstall the editor.</translation>
    </message>
    <message>
        <source>Close the other program that uses the file, then open it again.</source>
        <translation>Close the other program that uses the file, then open it again.</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it, then try again.</source>
        <translation>Check that the folder exists and that you may write to it, then try again.</translation>
    </message>
</context>
<context>
    <name>FinalExportDialog</name>
    <message>
        <source>Export Final Version</source>
        <translation>Export Final Version</translation>
    </message>
    <message>
        <source>The final version can be exported once every reason is written and every audit error is corrected. Still open: %1 and %2. Until then the disclosure can be exported only as a draft.</source>
        <translation>The final version can be exported once every reason is written and every audit error is corrected. Still open: %1 and %2. Until then the disclosure can be exported only as a draft.</translation>
    </message>
    <message numerus="yes">
        <source>%n empty reason(s)</source>
        <translation>
            <numerusform>%n empty reason</numerusform>
            <numerusform>%n empty reasons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason to write — %1</source>
        <translation>Reason to write — %1</translation>
    </message>
    <message>
        <source>Error — %1</source>
        <translation>Error — %1</translation>
    </message>
    <message>
        <source>Export as &amp;Draft…</source>
        <translation>Export as &amp;Draft…</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>说明：</source>
        <translation>Explanation:</translation>
    </message>
</context>
<context>
    <name>FormulaText</name>
    <message>
        <source>= sum of the rows below (none yet)</source>
        <translation>= sum of the rows below (none yet)</translation>
    </message>
    <message numerus="yes">
        <source> + … (%n more)</source>
        <translation>
            <numerusform> + … (%n more)</numerusform>
            <numerusform> + … (%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>not valid JSON (%1 at offset %2)</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>the top level must be an object</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>must be an array</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>longer than %1 characters</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>must be an array of strings</translation>
    </message>
    <message>
        <source>an amount must be a decimal string in 万元, such as &quot;4116.42&quot;</source>
        <translation>an amount must be a decimal string in 万元, such as &quot;4116.42&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain decimal amount in 万元</source>
        <translation>&quot;%1&quot; is not a plain decimal amount in 万元</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>must be &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing or not a positive whole number</source>
        <translation>missing or not a positive whole number</translation>
    </message>
    <message>
        <source>version %1 was written by a newer Final Accounts Editor; this one reads version %2</source>
        <translation>version %1 was written by a newer Final Accounts Editor; this one reads version %2</translation>
    </message>
    <message>
        <source>unknown template &quot;%1&quot; (known: %2)</source>
        <translation>unknown template &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>must be 行政, 参公 or 事业, not &quot;%1&quot;</source>
        <translation>must be 行政, 参公 or 事业, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a year between 1990 and 2100</source>
        <translation>must be a year between 1990 and 2100</translation>
    </message>
    <message>
        <source>%1 is not a table with classification rows in template %2</source>
        <translation>%1 is not a table with classification rows in template %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 项 code of %2</source>
        <translation>&quot;%1&quot; is not a 项 code of %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>no such table or sheet</source>
        <translation>no such table or sheet</translation>
    </message>
    <message>
        <source>no such row (classification codes must also be listed in $.rows)</source>
        <translation>no such row (classification codes must also be listed in $.rows)</translation>
    </message>
    <message>
        <source>no such column</source>
        <translation>no such column</translation>
    </message>
    <message>
        <source>this cell is computed; only input cells may be given (computed ones belong in $.derived)</source>
        <translation>this cell is computed; only input cells may be given (computed ones belong in $.derived)</translation>
    </message>
    <message>
        <source>a count must be a whole number from 0 to 1,000,000,000</source>
        <translation>a count must be a whole number from 0 to 1,000,000,000</translation>
    </message>
    <message>
        <source>template %1 has no text &quot;%2&quot;</source>
        <translation>template %1 has no text &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Save a &amp;Copy As…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normal Size</translation>
    </message>
    <message>
        <source>Display &amp;Unit</source>
        <translation>Display &amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>System Language</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <source>Open a disclosure</source>
        <translation>Open a disclosure</translation>
    </message>
    <message>
        <source>Final accounts (*.fadb)</source>
        <translation>Final accounts (*.fadb)</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Saved a copy as %1</translation>
    </message>
    <message>
        <source>Final Accounts Editor</source>
        <translation>Final Accounts Editor</translation>
    </message>
    <message>
        <source>%1 — Final Accounts Editor</source>
        <translation>%1 — Final Accounts Editor</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[read-only]</translation>
    </message>
    <message>
        <source>all changes saved</source>
        <translation>all changes saved</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Page Set&amp;up…</source>
        <translation>Page Set&amp;up…</translation>
    </message>
    <message>
        <source>Export &amp;PDF (draft)…</source>
        <translation>Export &amp;PDF (draft)…</translation>
    </message>
    <message>
        <source>Export &amp;Final PDF…</source>
        <translation>Export &amp;Final PDF…</translation>
    </message>
    <message>
        <source>Export &amp;ODT for Word/WPS…</source>
        <translation>Export &amp;ODT for Word/WPS…</translation>
    </message>
    <message>
        <source>&amp;Audit Findings</source>
        <translation>&amp;Audit Findings</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>%1 (missing — click to remove from the list)</source>
        <translation>%1 (missing — click to remove from the list)</translation>
    </message>
    <message>
        <source>Removed %1 from the recent files</source>
        <translation>Removed %1 from the recent files</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>Too many decimal places: at most %n in %1.</source>
        <translation>
            <numerusform>Too many decimal places: at most %n in %1.</numerusform>
            <numerusform>Too many decimal places: at most %n in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A value is required here.</source>
        <translation>A value is required here.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a misplaced thousands separator.</source>
        <translation>&quot;%1&quot; has a misplaced thousands separator.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>The amount is beyond ±1,000,000,000,000 元.</source>
        <translation>The amount is beyond ±1,000,000,000,000 元.</translation>
    </message>
    <message>
        <source>A negative amount is not allowed here.</source>
        <translation>A negative amount is not allowed here.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>A count cannot be negative.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; is not a whole number.</translation>
    </message>
    <message>
        <source>The count %1 is implausibly large.</source>
        <translation>The count %1 is implausibly large.</translation>
    </message>
</context>
<context>
    <name>NarrativeFigures</name>
    <message>
        <source>&quot;%1&quot; is neither a cell (TABLE.ROW.COLUMN) nor a project figure.</source>
        <translation>&quot;%1&quot; is neither a cell (TABLE.ROW.COLUMN) nor a project figure.</translation>
    </message>
    <message>
        <source>Figure &quot;%1&quot; needs two figures to compare.</source>
        <translation>Figure &quot;%1&quot; needs two figures to compare.</translation>
    </message>
    <message>
        <source>Figure &quot;%1&quot; says neither amount, count, share, completion nor change.</source>
        <translation>Figure &quot;%1&quot; says neither amount, count, share, completion nor change.</translation>
    </message>
    <message>
        <source>budget of the project</source>
        <translation>budget of the project</translation>
    </message>
    <message>
        <source>amount executed by the project</source>
        <translation>amount executed by the project</translation>
    </message>
    <message>
        <source>output indicators of the project</source>
        <translation>output indicators of the project</translation>
    </message>
    <message>
        <source>projects evaluated</source>
        <translation>projects evaluated</translation>
    </message>
    <message>
        <source>sum of the projects&apos; budgets</source>
        <translation>sum of the projects&apos; budgets</translation>
    </message>
    <message>
        <source>sum of the amounts the projects executed</source>
        <translation>sum of the amounts the projects executed</translation>
    </message>
    <message>
        <source>rate of change = %1 ÷ %2 × 100 = %3</source>
        <translation>rate of change = %1 ÷ %2 × 100 = %3</translation>
    </message>
</context>
<context>
    <name>NarrativeHtml</name>
    <message>
        <source>Required text &quot;%1&quot; is empty: click to write it.</source>
        <translation>Required text &quot;%1&quot; is empty: click to write it.</translation>
    </message>
    <message>
        <source>Typed text &quot;%1&quot;: click to edit.</source>
        <translation>Typed text &quot;%1&quot;: click to edit.</translation>
    </message>
</context>
<context>
    <name>NarrativeTemplate</name>
    <message>
        <source>Narrative wording %1: %2</source>
        <translation>Narrative wording %1: %2</translation>
    </message>
    <message>
        <source>figure &quot;%1&quot; uses the phrase &quot;%2&quot;, which is not defined.</source>
        <translation>figure &quot;%1&quot; uses the phrase &quot;%2&quot;, which is not defined.</translation>
    </message>
    <message>
        <source>no template id or no parts.</source>
        <translation>no template id or no parts.</translation>
    </message>
    <message>
        <source>There is no narrative wording for template %1.</source>
        <translation>There is no narrative wording for template %1.</translation>
    </message>
    <message>
        <source>Narrative wording %1: %2 at offset %3.</source>
        <translation>Narrative wording %1: %2 at offset %3.</translation>
    </message>
</context>
<context>
    <name>NarrativeView</name>
    <message>
        <source>No document is open.</source>
        <translation>No document is open.</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Part 1 Overview</source>
        <translation>Part 1 Overview</translation>
    </message>
    <message>
        <source>Part 2 Final account tables</source>
        <translation>Part 2 Final account tables</translation>
    </message>
    <message>
        <source>Part 3 Explanations: figures and reasons</source>
        <translation>Part 3 Explanations: figures and reasons</translation>
    </message>
    <message>
        <source>Project performance self-evaluations</source>
        <translation>Project performance self-evaluations</translation>
    </message>
    <message>
        <source>Reasons and uses</source>
        <translation>Reasons and uses</translation>
    </message>
    <message>
        <source>Part 4 Other matters</source>
        <translation>Part 4 Other matters</translation>
    </message>
    <message>
        <source>Part 5 Glossary</source>
        <translation>Part 5 Glossary</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Filled in</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Empty</translation>
    </message>
    <message>
        <source>Generated explanation (情况说明)</source>
        <translation>Generated explanation</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Has audit findings</source>
        <translation>Has audit findings</translation>
    </message>
    <message>
        <source>Start: order of work</source>
        <translation>Start: order of work</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New disclosure</source>
        <translation>New disclosure</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>Department name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Budget (10k yuan)</source>
        <translation>Budget (10k yuan)</translation>
    </message>
    <message>
        <source>Executed (10k yuan)</source>
        <translation>Executed (10k yuan)</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
</context>
<context>
    <name>ProjectOutputModel</name>
    <message>
        <source>Output indicator</source>
        <translation>Output indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>ProjectsEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Budget (10k yuan)</source>
        <translation>Budget (10k yuan)</translation>
    </message>
    <message>
        <source>Executed (10k yuan)</source>
        <translation>Executed (10k yuan)</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Improvement measures</source>
        <translation>Improvement measures</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>Add project</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>Remove project</translation>
    </message>
    <message>
        <source>Add output</source>
        <translation>Add output</translation>
    </message>
    <message>
        <source>Remove output</source>
        <translation>Remove output</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
</context>
<context>
    <name>ReasonListModel</name>
    <message>
        <source>A key must start with one of %1 and name what it explains.</source>
        <translation>A key must start with one of %1 and name what it explains.</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>The document is read-only.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>ReasonsEditor</name>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>e.g. reason.totalChange, reason.item.2010601, use.201</source>
        <translation>e.g. reason.totalChange, reason.item.2010601, use.201</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>The reason or use, as it should read in the explanations</source>
        <translation>The reason or use, as it should read in the explanations</translation>
    </message>
</context>
<context>
    <name>Recalculator</name>
    <message>
        <source>Cell %1 refers to %2, which does not exist.</source>
        <translation>Cell %1 refers to %2, which does not exist.</translation>
    </message>
    <message>
        <source>The formulas form a cycle through %1.</source>
        <translation>The formulas form a cycle through %1.</translation>
    </message>
</context>
<context>
    <name>ReportTemplate</name>
    <message>
        <source>A template has no id.</source>
        <translation>A template has no id.</translation>
    </message>
    <message>
        <source>Template %1 names a code book that is not installed.</source>
        <translation>Template %1 names a code book that is not installed.</translation>
    </message>
    <message>
        <source>Template %1 lists class %2, which its code book does not have.</source>
        <translation>Template %1 lists class %2, which its code book does not have.</translation>
    </message>
    <message>
        <source>Template %1 defines table %2 twice.</source>
        <translation>Template %1 defines table %2 twice.</translation>
    </message>
    <message>
        <source>A table has no id or no title.</source>
        <translation>A table has no id or no title.</translation>
    </message>
    <message>
        <source>Table %1 has a column without a key or with a repeated key.</source>
        <translation>Table %1 has a column without a key or with a repeated key.</translation>
    </message>
    <message>
        <source>Table %1 has a row of unknown kind &quot;%2&quot;.</source>
        <translation>Table %1 has a row of unknown kind &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Table %1 has a row without a key.</source>
        <translation>Table %1 has a row without a key.</translation>
    </message>
    <message>
        <source>Table %1 has no blocks.</source>
        <translation>Table %1 has no blocks.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Final Accounts Editor</source>
        <translation>Final Accounts Editor</translation>
    </message>
    <message>
        <source>New disclosure…</source>
        <translation>New disclosure…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Recent files (double-click to open):</source>
        <translation>Recent files (double-click to open):</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (missing)</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Remove from list</translation>
    </message>
</context>
<context>
    <name>StoreChecks</name>
    <message>
        <source>the table %1 or its column %2 is missing</source>
        <translation>the table %1 or its column %2 is missing</translation>
    </message>
    <message>
        <source>the text %1 of %2 is longer than %3 characters</source>
        <translation>the text %1 of %2 is longer than %3 characters</translation>
    </message>
    <message>
        <source>%1 of %2 must be a text but holds %3</source>
        <translation>%1 of %2 must be a text but holds %3</translation>
    </message>
    <message>
        <source>the number %1 of %2 lies beyond ±10¹² yuan</source>
        <translation>the number %1 of %2 lies beyond ±10¹² yuan</translation>
    </message>
    <message>
        <source>%1 of %2 must be a whole number but holds %3</source>
        <translation>%1 of %2 must be a whole number but holds %3</translation>
    </message>
</context>
<context>
    <name>StoreSql</name>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the file could not be written to the disk (the disk may be full or failing)</source>
        <translation>the file could not be written to the disk (the disk may be full or failing)</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation>the disk could not be read or written (%1)</translation>
    </message>
    <message>
        <source>another program holds a lock on the file</source>
        <translation>another program holds a lock on the file</translation>
    </message>
    <message>
        <source>the file can no longer be written</source>
        <translation>the file can no longer be written</translation>
    </message>
</context>
<context>
    <name>TableClipboard</name>
    <message>
        <source>There is nothing to paste.</source>
        <translation>There is nothing to paste.</translation>
    </message>
    <message>
        <source>The copied range of %1 × %2 cells does not fit here: it would reach beyond the table.</source>
        <translation>The copied range of %1 × %2 cells does not fit here: it would reach beyond the table.</translation>
    </message>
    <message>
        <source>Nothing was pasted: the range reaches cells that are not amounts (%1).</source>
        <translation>Nothing was pasted: the range reaches cells that are not amounts (%1).</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1 is computed and cannot be pasted into.</source>
        <translation>Nothing was pasted: %1 is computed and cannot be pasted into.</translation>
    </message>
    <message>
        <source>Nothing was pasted: &quot;%1&quot; for %2: %3</source>
        <translation>Nothing was pasted: &quot;%1&quot; for %2: %3</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>The document is read-only.</translation>
    </message>
</context>
<context>
    <name>TableFormEditor</name>
    <message>
        <source>Prepared by: %1</source>
        <translation>Prepared by: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Unit: %1 (counts in their own units)</source>
        <translation>Unit: %1 (counts in their own units)</translation>
    </message>
    <message>
        <source>Shaded cells are computed: from %1, and totals from the rows they add up.</source>
        <translation>Shaded cells are computed: from %1, and totals from the rows they add up.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Shaded cells are computed: totals and subtotals add up the rows below them.</source>
        <translation>Shaded cells are computed: totals and subtotals add up the rows below them.</translation>
    </message>
</context>
<context>
    <name>TableFormModel</name>
    <message>
        <source>Only amounts can be typed here.</source>
        <translation>Only amounts can be typed here.</translation>
    </message>
</context>
<context>
    <name>TableFormView</name>
    <message>
        <source>The document is read-only.</source>
        <translation>The document is read-only.</translation>
    </message>
    <message>
        <source>This cell is computed and cannot be changed: %1</source>
        <translation>This cell is computed and cannot be changed: %1</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 is not valid JSON: %2</translation>
    </message>
    <message>
        <source>No templates were found.</source>
        <translation>No templates were found.</translation>
    </message>
</context>
<context>
    <name>TextPattern</name>
    <message>
        <source>&quot;%1&quot;: a &apos;}&apos; without its &apos;{&apos;.</source>
        <translation>&quot;%1&quot;: a &apos;}&apos; without its &apos;{&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a &apos;{&apos; without its &apos;}&apos;.</source>
        <translation>&quot;%1&quot;: a &apos;{&apos; without its &apos;}&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an empty {} field.</source>
        <translation>&quot;%1&quot;: an empty {} field.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add project</source>
        <translation>Add project</translation>
    </message>
    <message>
        <source>Remove project %1</source>
        <translation>Remove project %1</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>Edit department</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>Edit project %1</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>Add %1 to %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Remove %1 from %2</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s) in %1</source>
        <translation>
            <numerusform>Clear %n cell in %1</numerusform>
            <numerusform>Clear %n cells in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s) into %1</source>
        <translation>
            <numerusform>Paste %n cell into %1</numerusform>
            <numerusform>Paste %n cells into %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>WordingReader</name>
    <message>
        <source>Figure &quot;%1&quot; compares &quot;%2&quot;, which is not defined.</source>
        <translation>Figure &quot;%1&quot; compares &quot;%2&quot;, which is not defined.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the figure &quot;%2&quot;, which is not defined here.</source>
        <translation>&quot;%1&quot; names the figure &quot;%2&quot;, which is not defined here.</translation>
    </message>
    <message>
        <source>Condition &quot;%1&quot; names &quot;%2&quot;, which is not defined here.</source>
        <translation>Condition &quot;%1&quot; names &quot;%2&quot;, which is not defined here.</translation>
    </message>
    <message>
        <source>A repeat over rows needs &quot;rows&quot; (a table) and &quot;level&quot;.</source>
        <translation>A repeat over rows needs &quot;rows&quot; (a table) and &quot;level&quot;.</translation>
    </message>
    <message>
        <source>&quot;repeat&quot; must be &quot;projects&quot;, &quot;outputs&quot; or {&quot;rows&quot;: …}.</source>
        <translation>&quot;repeat&quot; must be &quot;projects&quot;, &quot;outputs&quot; or {&quot;rows&quot;: …}.</translation>
    </message>
</context>
<context>
    <name>WorkflowPage</name>
    <message>
        <source>1  Department</source>
        <translation>1  Department</translation>
    </message>
    <message>
        <source>Name, kind and units of the department.</source>
        <translation>Name, kind and units of the department.</translation>
    </message>
    <message>
        <source>2  Expenditure and income tables</source>
        <translation>2  Expenditure and income tables</translation>
    </message>
    <message>
        <source>Add the 科目 once (in 支出决算表) and type the figures; the totals and the summary tables follow.</source>
        <translation>Add each budget item (科目) once, in the expenditure table, and type the figures; the totals and the summary tables follow.</translation>
    </message>
    <message>
        <source>3  三公 and other sheets</source>
        <translation>3  “Three public” expenses and other sheets</translation>
    </message>
    <message>
        <source>“三公” expenses, last year&apos;s figures, procurement, assets and operating costs.</source>
        <translation>“Three public” expenses, last year&apos;s figures, procurement, assets and operating costs.</translation>
    </message>
    <message>
        <source>4  Projects</source>
        <translation>4  Projects</translation>
    </message>
    <message>
        <source>One performance self-evaluation per project.</source>
        <translation>One performance self-evaluation per project.</translation>
    </message>
    <message>
        <source>5  Reasons</source>
        <translation>5  Reasons</translation>
    </message>
    <message>
        <source>Explain the changes and variances the explanation asks about.</source>
        <translation>Explain the changes and variances the explanation asks about.</translation>
    </message>
    <message>
        <source>6  Review</source>
        <translation>6  Review</translation>
    </message>
    <message>
        <source>Read the generated explanation and correct what the audit finds; then export.</source>
        <translation>Read the generated explanation and correct what the audit finds; then export.</translation>
    </message>
    <message numerus="yes">
        <source>%n filled</source>
        <translation>
            <numerusform>%n filled</numerusform>
            <numerusform>%n filled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty</source>
        <translation>
            <numerusform>%n empty</numerusform>
            <numerusform>%n empty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with findings</source>
        <translation>
            <numerusform>%n with findings</numerusform>
            <numerusform>%n with findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Order of work</source>
        <translation>Order of work</translation>
    </message>
    <message>
        <source>Work through the steps from top to bottom. Each step shows how far it has come; click it to open the first part that still needs work.</source>
        <translation>Work through the steps from top to bottom. Each step shows how far it has come; click it to open the first part that still needs work.</translation>
    </message>
    <message>
        <source>Marks in the navigation: %1 filled in · %2 empty · %3 has audit findings</source>
        <translation>Marks in the navigation: %1 filled in · %2 empty · %3 has audit findings</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Final Accounts Editor</source>
        <translation>Final Accounts Editor</translation>
    </message>
    <message>
        <source>there is no display to open the editor on; the commands work without one (final-accounts help).</source>
        <translation>there is no display to open the editor on; the commands work without one (final-accounts help).</translation>
    </message>
</context>
</TS>
