<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Audit</name>
    <message>
        <source>    说明：%1
</source>
        <translation>    说明：%1
</translation>
    </message>
    <message>
        <source>    位置：%1
</source>
        <translation>    位置：%1
</translation>
    </message>
    <message>
        <source>共 %1 条：错误 %2，警告 %3，提示 %4。
</source>
        <translation>共 %1 条：错误 %2，警告 %3，提示 %4。
</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>差额在尾数允许范围 %1 以内，属尾数差。</source>
        <translation>差额在尾数允许范围 %1 以内，属尾数差。</translation>
    </message>
    <message>
        <source>（无预算）</source>
        <translation>（无预算）</translation>
    </message>
</context>
<context>
    <name>AuditDock</name>
    <message>
        <source>审核</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>出错说明(&amp;E)：</source>
        <translation>出错说明(&amp;E)：</translation>
    </message>
    <message>
        <source>说明这一警告的原因；与情况说明共用的原因只需填写一次</source>
        <translation>说明这一警告的原因；与情况说明共用的原因只需填写一次</translation>
    </message>
</context>
<context>
    <name>ClassRowBar</name>
    <message>
        <source>Code or name of a 项, e.g. 2010601 or 行政运行</source>
        <translation>Code or name of a 项, e.g. 2010601 or 行政运行</translation>
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
        <translation>Removes the selected 项 row and its figures (undoable)</translation>
    </message>
    <message>
        <source>%1 is not a 项 code of %2. Type 7 digits or pick a name from the list.</source>
        <translation>%1 is not a 项 code of %2. Type 7 digits or pick a name from the list.</translation>
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
        <translation>Select a cell of the 项 row to remove; 类 and 款 rows go with their last 项.</translation>
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
        <source>Export Final Version</source>
        <translation>Export Final Version</translation>
    </message>
    <message numerus="yes">
        <source>The audit still finds %n error(s). Export the disclosure as final anyway, without the draft watermark?</source>
        <translation>
            <numerusform>The audit still finds %n error(s). Export the disclosure as final anyway, without the draft watermark?</numerusform>
            <numerusform>The audit still finds %n error(s). Export the disclosure as final anyway, without the draft watermark?</numerusform>
        </translation>
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
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>The SQLite driver of Qt is not installed, so no document can be opened.</source>
        <translation>The SQLite driver of Qt is not installed, so no document can be opened.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a Final Accounts document (it is not an SQLite database at all).</source>
        <translation>%1 is not a Final Accounts document (it is not an SQLite database at all).</translation>
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
        <source>%1 cannot be replaced.</source>
        <translation>%1 cannot be replaced.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>The document is read-only.</translation>
    </message>
    <message>
        <source>the file names no template</source>
        <translation>the file names no template</translation>
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
    <name>FigureDef</name>
    <message>
        <source>Figure &quot;%1&quot; needs two figures to compare.</source>
        <translation>Figure &quot;%1&quot; needs two figures to compare.</translation>
    </message>
    <message>
        <source>Figure &quot;%1&quot; says neither amount, count, share, completion nor change.</source>
        <translation>Figure &quot;%1&quot; says neither amount, count, share, completion nor change.</translation>
    </message>
</context>
<context>
    <name>FigureScope</name>
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
    <message>
        <source>full-year budget of the project</source>
        <translation>    说明：%1
&lt;/source&gt;
        &lt;translation&gt;    说明：%1
&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;    位置：%1
&lt;/source&gt;
        &lt;translation&gt;    位置：%1
&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;共 %1 条：错误 %2，警告 %3，提示 %4。
&lt;/source&gt;
        &lt;translation&gt;共 %1 条：错误 %2，警告 %3，提示 %4。
&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;错误&lt;/source&gt;
        &lt;translation&gt;错误&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;警告&lt;/source&gt;
        &lt;translation&gt;警告&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;提示&lt;/source&gt;
        &lt;translation&gt;提示&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;差额在尾数允许范围 %1 以内，属尾数差。&lt;/source&gt;
        &lt;translation&gt;差额在尾数允许范围 %1 以内，属尾数差。&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;（无预算）&lt;/source&gt;
        &lt;translation&gt;（无预算）&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;AuditDock&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;审核&lt;/source&gt;
        &lt;translation&gt;审核&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;出错说明(&amp;E)：&lt;/source&gt;
        &lt;translation&gt;出错说明(&amp;E)：&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;说明这一警告的原因；与情况说明共用的原因只需填写一次&lt;/source&gt;
        &lt;translation&gt;说明这一警告的原因；与情况说明共用的原因只需填写一次&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ClassRowBar&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Code or name of a 项, e.g. 2010601 or 行政运行&lt;/source&gt;
        &lt;translation&gt;Code or name of a 项, e.g. 2010601 or 行政运行&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Add row&lt;/source&gt;
        &lt;translation&gt;Add row&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Remove row&lt;/source&gt;
        &lt;translation&gt;Remove row&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Removes the selected 项 row and its figures (undoable)&lt;/source&gt;
        &lt;translation&gt;Removes the selected 项 row and its figures (undoable)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 is not a 项 code of %2. Type 7 digits or pick a name from the list.&lt;/source&gt;
        &lt;translation&gt;%1 is not a 项 code of %2. Type 7 digits or pick a name from the list.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 %2 is already in this table.&lt;/source&gt;
        &lt;translation&gt;%1 %2 is already in this table.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The document is read-only.&lt;/source&gt;
        &lt;translation&gt;The document is read-only.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Select a cell of the 项 row to remove; 类 and 款 rows go with their last 项.&lt;/source&gt;
        &lt;translation&gt;Select a cell of the 项 row to remove; 类 and 款 rows go with their last 项.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CodeBook&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Code book %1: bad or repeated entry &quot;%2&quot;.&lt;/source&gt;
        &lt;translation&gt;Code book %1: bad or repeated entry &quot;%2&quot;.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Code book %1: %2 has no parent %3.&lt;/source&gt;
        &lt;translation&gt;Code book %1: %2 has no parent %3.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;A code book has no id or no entries.&lt;/source&gt;
        &lt;translation&gt;A code book has no id or no entries.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CommandLine&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Write to &lt;file&gt;.&lt;/source&gt;
        &lt;translation&gt;Write to &lt;file&gt;.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Replace the output file if it exists.&lt;/source&gt;
        &lt;translation&gt;Replace the output file if it exists.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The bundled sample is missing from this build.&lt;/source&gt;
        &lt;translation&gt;The bundled sample is missing from this build.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Unknown template &quot;%1&quot;; known: %2.&lt;/source&gt;
        &lt;translation&gt;Unknown template &quot;%1&quot;; known: %2.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&quot;%1&quot; is not a year.&lt;/source&gt;
        &lt;translation&gt;&quot;%1&quot; is not a year.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The kind must be 行政, 参公 or 事业.&lt;/source&gt;
        &lt;translation&gt;The kind must be 行政, 参公 or 事业.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The department needs a name.&lt;/source&gt;
        &lt;translation&gt;The department needs a name.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cannot read %1: %2&lt;/source&gt;
        &lt;translation&gt;Cannot read %1: %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n error(s); nothing was created.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n error; nothing was created.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n errors; nothing was created.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cannot write %1: %2&lt;/source&gt;
        &lt;translation&gt;Cannot write %1: %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;There is no table &quot;%1&quot;; the tables are T1 to T9.&lt;/source&gt;
        &lt;translation&gt;There is no table &quot;%1&quot;; the tables are T1 to T9.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Usage: final-accounts [FILE.fadb]            open the editor
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
&lt;/source&gt;
        &lt;translation&gt;Usage: final-accounts [FILE.fadb]            open the editor
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
&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Export as final: no draft watermark.&lt;/source&gt;
        &lt;translation&gt;Export as final: no draft watermark.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cannot create the folder %1.&lt;/source&gt;
        &lt;translation&gt;Cannot create the folder %1.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1 of %n document(s) written to %2.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 of %n document(s) written to %2.&lt;/numerusform&gt;
            &lt;numerusform&gt;%1 of %n document(s) written to %2.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1: exported as final despite %n audit error(s).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1: exported as final despite %n audit error(s).&lt;/numerusform&gt;
            &lt;numerusform&gt;%1: exported as final despite %n audit error(s).&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Condition&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Condition &quot;%1&quot;: cannot read &quot;%2&quot;.&lt;/source&gt;
        &lt;translation&gt;Condition &quot;%1&quot;: cannot read &quot;%2&quot;.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DepartmentEditor&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Department name&lt;/source&gt;
        &lt;translation&gt;Department name&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Department code&lt;/source&gt;
        &lt;translation&gt;Department code&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Kind&lt;/source&gt;
        &lt;translation&gt;Kind&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Year&lt;/source&gt;
        &lt;translation&gt;Year&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Budget units (one per line)&lt;/source&gt;
        &lt;translation&gt;Budget units (one per line)&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DisclosureExport&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Cannot write %1: %2&lt;/source&gt;
        &lt;translation&gt;Cannot write %1: %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cannot draw the PDF %1.&lt;/source&gt;
        &lt;translation&gt;Cannot draw the PDF %1.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cannot write %1.&lt;/source&gt;
        &lt;translation&gt;Cannot write %1.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DisclosurePrinter&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Print Preview — %1&lt;/source&gt;
        &lt;translation&gt;Print Preview — %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Export Final Version&lt;/source&gt;
        &lt;translation&gt;Export Final Version&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The audit still finds %n error(s). Export the disclosure as final anyway, without the draft watermark?&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The audit still finds %n error(s). Export the disclosure as final anyway, without the draft watermark?&lt;/numerusform&gt;
            &lt;numerusform&gt;The audit still finds %n error(s). Export the disclosure as final anyway, without the draft watermark?&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Export PDF&lt;/source&gt;
        &lt;translation&gt;Export PDF&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;PDF documents (*.pdf)&lt;/source&gt;
        &lt;translation&gt;PDF documents (*.pdf)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Export ODT&lt;/source&gt;
        &lt;translation&gt;Export ODT&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;OpenDocument text (*.odt)&lt;/source&gt;
        &lt;translation&gt;OpenDocument text (*.odt)&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Document&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Template %1 cannot be used: %2&lt;/source&gt;
        &lt;translation&gt;Template %1 cannot be used: %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;There is no cell %1.&lt;/source&gt;
        &lt;translation&gt;There is no cell %1.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This cell is computed and cannot be typed into.&lt;/source&gt;
        &lt;translation&gt;This cell is computed and cannot be typed into.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;A negative value is not allowed here.&lt;/source&gt;
        &lt;translation&gt;A negative value is not allowed here.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The value is too large.&lt;/source&gt;
        &lt;translation&gt;The value is too large.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The document is read-only.&lt;/source&gt;
        &lt;translation&gt;The document is read-only.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The last change could not be saved to %1: %2. The document is now read-only; save a copy to keep your work.&lt;/source&gt;
        &lt;translation&gt;The last change could not be saved to %1: %2. The document is now read-only; save a copy to keep your work.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DocumentFile&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;%1 uses the template &quot;%2&quot;, which this installation does not have (it has: %3).&lt;/source&gt;
        &lt;translation&gt;%1 uses the template &quot;%2&quot;, which this installation does not have (it has: %3).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 is already open in another window or program, so it was opened read-only. Close it there to edit it here.&lt;/source&gt;
        &lt;translation&gt;%1 is already open in another window or program, so it was opened read-only. Close it there to edit it here.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 is read-only, so it was opened read-only. Save a copy to edit it.&lt;/source&gt;
        &lt;translation&gt;%1 is read-only, so it was opened read-only. Save a copy to edit it.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DocumentStore&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;The SQLite driver of Qt is not installed, so no document can be opened.&lt;/source&gt;
        &lt;translation&gt;The SQLite driver of Qt is not installed, so no document can be opened.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The file %1 does not exist.&lt;/source&gt;
        &lt;translation&gt;The file %1 does not exist.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 is not a Final Accounts document (it is not an SQLite database at all).&lt;/source&gt;
        &lt;translation&gt;%1 is not a Final Accounts document (it is not an SQLite database at all).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 cannot be opened: %2&lt;/source&gt;
        &lt;translation&gt;%1 cannot be opened: %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 is damaged and cannot be read (%2).&lt;/source&gt;
        &lt;translation&gt;%1 is damaged and cannot be read (%2).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 is an SQLite database of another application, not a Final Accounts document.&lt;/source&gt;
        &lt;translation&gt;%1 is an SQLite database of another application, not a Final Accounts document.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 was written by a newer version of Final Accounts Editor (file format %2; this version reads up to %3). Install the newer version to open it; the file was not changed.&lt;/source&gt;
        &lt;translation&gt;%1 was written by a newer version of Final Accounts Editor (file format %2; this version reads up to %3). Install the newer version to open it; the file was not changed.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 is damaged: the database integrity check failed. Open a backup copy instead.&lt;/source&gt;
        &lt;translation&gt;%1 is damaged: the database integrity check failed. Open a backup copy instead.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 contains triggers or views that Final Accounts Editor never writes; it was not opened.&lt;/source&gt;
        &lt;translation&gt;%1 contains triggers or views that Final Accounts Editor never writes; it was not opened.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 is in an older file format and must be upgraded, but it is read-only.&lt;/source&gt;
        &lt;translation&gt;%1 is in an older file format and must be upgraded, but it is read-only.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 could not be upgraded: %2&lt;/source&gt;
        &lt;translation&gt;%1 could not be upgraded: %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The SQLite driver of Qt is not installed, so no document can be written.&lt;/source&gt;
        &lt;translation&gt;The SQLite driver of Qt is not installed, so no document can be written.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 already exists.&lt;/source&gt;
        &lt;translation&gt;%1 already exists.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 is open in another window or program and cannot be replaced.&lt;/source&gt;
        &lt;translation&gt;%1 is open in another window or program and cannot be replaced.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 cannot be written: %2&lt;/source&gt;
        &lt;translation&gt;%1 cannot be written: %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 cannot be replaced.&lt;/source&gt;
        &lt;translation&gt;%1 cannot be replaced.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 cannot be written.&lt;/source&gt;
        &lt;translation&gt;%1 cannot be written.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The document is read-only.&lt;/source&gt;
        &lt;translation&gt;The document is read-only.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;the file names no template&lt;/source&gt;
        &lt;translation&gt;the file names no template&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;EditorWorkspace&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Read-only: changes cannot be made to this document.&lt;/source&gt;
        &lt;translation&gt;Read-only: changes cannot be made to this document.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Expression&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Formula &quot;%1&quot;: %2&lt;/source&gt;
        &lt;translation&gt;Formula &quot;%1&quot;: %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;two operators in a row&lt;/source&gt;
        &lt;translation&gt;two operators in a row&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;missing operator&lt;/source&gt;
        &lt;translation&gt;missing operator&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;unexpected character &apos;%1&apos;&lt;/source&gt;
        &lt;translation&gt;unexpected character &apos;%1&apos;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;ends without a term&lt;/source&gt;
        &lt;translation&gt;ends without a term&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FigureDef&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Figure &quot;%1&quot; needs two figures to compare.&lt;/source&gt;
        &lt;translation&gt;Figure &quot;%1&quot; needs two figures to compare.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Figure &quot;%1&quot; says neither amount, count, share, completion nor change.&lt;/source&gt;
        &lt;translation&gt;Figure &quot;%1&quot; says neither amount, count, share, completion nor change.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FigureScope&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;amount executed by the project&lt;/source&gt;
        &lt;translation&gt;amount executed by the project&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;output indicators of the project&lt;/source&gt;
        &lt;translation&gt;output indicators of the project&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;projects evaluated&lt;/source&gt;
        &lt;translation&gt;projects evaluated&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;sum of the projects&apos; budgets&lt;/source&gt;
        &lt;translation&gt;sum of the projects&apos; budgets&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;sum of the amounts the projects executed&lt;/source&gt;
        &lt;translation&gt;sum of the amounts the projects executed&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;rate of change = %1 ÷ %2 × 100 = %3&lt;/source&gt;
        &lt;translation&gt;rate of change = %1 ÷ %2 × 100 = %3&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;full-year budget of the project</translation>
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
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>说明：</source>
        <translation>说明：</translation>
    </message>
</context>
<context>
    <name>FormTerms</name>
    <message>
        <source>Output indicators</source>
        <translation>Cannot open the document&lt;/source&gt;
        &lt;translation&gt;Cannot open the document&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 could not be opened.&lt;/source&gt;
        &lt;translation&gt;%1 could not be opened.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Opened read-only&lt;/source&gt;
        &lt;translation&gt;Opened read-only&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Create the disclosure as&lt;/source&gt;
        &lt;translation&gt;Create the disclosure as&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cannot create the document&lt;/source&gt;
        &lt;translation&gt;Cannot create the document&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 could not be created.&lt;/source&gt;
        &lt;translation&gt;%1 could not be created.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;-copy&lt;/source&gt;
        &lt;translation&gt;-copy&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Save a copy as&lt;/source&gt;
        &lt;translation&gt;Save a copy as&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cannot save the copy&lt;/source&gt;
        &lt;translation&gt;Cannot save the copy&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Choose a different file than the open one.&lt;/source&gt;
        &lt;translation&gt;Choose a different file than the open one.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 could not be written.&lt;/source&gt;
        &lt;translation&gt;%1 could not be written.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FindingsModel&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;说明&lt;/source&gt;
        &lt;translation&gt;说明&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;规则&lt;/source&gt;
        &lt;translation&gt;规则&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1（%2）&lt;/source&gt;
        &lt;translation&gt;%1（%2）&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;其他&lt;/source&gt;
        &lt;translation&gt;其他&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;说明：&lt;/source&gt;
        &lt;translation&gt;说明：&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FormTerms&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Output indicators</translation>
    </message>
    <message>
        <source>Benefit indicators</source>
        <translation>Benefit indicators</translation>
    </message>
    <message>
        <source>Satisfaction indicators</source>
        <translation>Satisfaction indicators</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Economic benefit</source>
        <translation>Economic benefit</translation>
    </message>
    <message>
        <source>Social benefit</source>
        <translation>Social benefit</translation>
    </message>
    <message>
        <source>Ecological benefit</source>
        <translation>Ecological benefit</translation>
    </message>
    <message>
        <source>Sustainable impact</source>
        <translation>Sustainable impact</translation>
    </message>
    <message>
        <source>Satisfaction of those served</source>
        <translation>Satisfaction of those served</translation>
    </message>
    <message>
        <source>Fiscal appropriation of the year</source>
        <translation>Fiscal appropriation of the year</translation>
    </message>
    <message>
        <source>Carried over from last year</source>
        <translation>Carried over from last year</translation>
    </message>
    <message>
        <source>Other funds</source>
        <translation>Other funds</translation>
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
    <name>GradeBands</name>
    <message>
        <source>&quot;gradeBands&quot; must be a list of bands, highest first.</source>
        <translation>= sum of the rows below (none yet)&lt;/source&gt;
        &lt;translation&gt;= sum of the rows below (none yet)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt; + … (%n more)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; + … (%n more)&lt;/numerusform&gt;
            &lt;numerusform&gt; + … (%n more)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;GradeBands&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;&quot;gradeBands&quot; must be a list of bands, highest first.</translation>
    </message>
    <message>
        <source>gradeBands[%1] needs a &quot;grade&quot; and a &quot;from&quot; score between 0 and 1000.</source>
        <translation>gradeBands[%1] needs a &quot;grade&quot; and a &quot;from&quot; score between 0 and 1000.</translation>
    </message>
    <message>
        <source>gradeBands[%1] must start below the band before it.</source>
        <translation>gradeBands[%1] must start below the band before it.</translation>
    </message>
    <message>
        <source>The last of the gradeBands must start from 0, so that every score has a grade.</source>
        <translation>The last of the gradeBands must start from 0, so that every score has a grade.</translation>
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
</context>
<context>
    <name>Interchange::Reader</name>
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
        <source>a count must be a whole number from 0</source>
        <translation>a count must be a whole number from 0</translation>
    </message>
    <message>
        <source>template %1 has no text &quot;%2&quot;</source>
        <translation>template %1 has no text &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>not valid JSON (%1 at offset %2)&lt;/source&gt;
        &lt;translation&gt;not valid JSON (%1 at offset %2)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;the top level must be an object&lt;/source&gt;
        &lt;translation&gt;the top level must be an object&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Interchange::Reader&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;missing&lt;/source&gt;
        &lt;translation&gt;missing&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;must be an array&lt;/source&gt;
        &lt;translation&gt;must be an array&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;must be an object&lt;/source&gt;
        &lt;translation&gt;must be an object&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;unknown key&lt;/source&gt;
        &lt;translation&gt;unknown key&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;must be a string&lt;/source&gt;
        &lt;translation&gt;must be a string&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;must not be empty&lt;/source&gt;
        &lt;translation&gt;must not be empty&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;must be an array of strings&lt;/source&gt;
        &lt;translation&gt;must be an array of strings&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;an amount must be a decimal string in 万元, such as &quot;4116.42&quot;&lt;/source&gt;
        &lt;translation&gt;an amount must be a decimal string in 万元, such as &quot;4116.42&quot;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&quot;%1&quot; is not a plain decimal amount in 万元&lt;/source&gt;
        &lt;translation&gt;&quot;%1&quot; is not a plain decimal amount in 万元&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;must be &quot;%1&quot;&lt;/source&gt;
        &lt;translation&gt;must be &quot;%1&quot;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;missing or not a positive whole number&lt;/source&gt;
        &lt;translation&gt;missing or not a positive whole number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;version %1 was written by a newer Final Accounts Editor; this one reads version %2&lt;/source&gt;
        &lt;translation&gt;version %1 was written by a newer Final Accounts Editor; this one reads version %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;unknown template &quot;%1&quot; (known: %2)&lt;/source&gt;
        &lt;translation&gt;unknown template &quot;%1&quot; (known: %2)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;must be 行政, 参公 or 事业, not &quot;%1&quot;&lt;/source&gt;
        &lt;translation&gt;must be 行政, 参公 or 事业, not &quot;%1&quot;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;must be a year between 1990 and 2100&lt;/source&gt;
        &lt;translation&gt;must be a year between 1990 and 2100&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 is not a table with classification rows in template %2&lt;/source&gt;
        &lt;translation&gt;%1 is not a table with classification rows in template %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&quot;%1&quot; is not a 项 code of %2&lt;/source&gt;
        &lt;translation&gt;&quot;%1&quot; is not a 项 code of %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&quot;%1&quot; is listed twice&lt;/source&gt;
        &lt;translation&gt;&quot;%1&quot; is listed twice&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;no such table or sheet&lt;/source&gt;
        &lt;translation&gt;no such table or sheet&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;no such row (classification codes must also be listed in $.rows)&lt;/source&gt;
        &lt;translation&gt;no such row (classification codes must also be listed in $.rows)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;no such column&lt;/source&gt;
        &lt;translation&gt;no such column&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;this cell is computed; only input cells may be given (computed ones belong in $.derived)&lt;/source&gt;
        &lt;translation&gt;this cell is computed; only input cells may be given (computed ones belong in $.derived)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;a count must be a whole number from 0&lt;/source&gt;
        &lt;translation&gt;a count must be a whole number from 0&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;template %1 has no text &quot;%2&quot;&lt;/source&gt;
        &lt;translation&gt;template %1 has no text &quot;%2&quot;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;must be true or false</translation>
    </message>
    <message>
        <source>points must be a decimal string, such as &quot;8.5&quot;</source>
        <translation>points must be a decimal string, such as &quot;8.5&quot;</translation>
    </message>
    <message>
        <source>must not be empty; leave it out when it is unknown</source>
        <translation>must not be empty; leave it out when it is unknown</translation>
    </message>
    <message>
        <source>unknown 二级指标 kind</source>
        <translation>unknown level-2 indicator kind</translation>
    </message>
    <message>
        <source>must be one of &quot;&quot;, &quot;&gt;=&quot;, &quot;&lt;=&quot;, &quot;=&quot;, &quot;&gt;&quot;, &quot;&lt;&quot;</source>
        <translation>must be one of &quot;&quot;, &quot;&gt;=&quot;, &quot;&lt;=&quot;, &quot;=&quot;, &quot;&gt;&quot;, &quot;&lt;&quot;</translation>
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
        <translation>Generated explanation (情况说明)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Has audit findings</source>
        <translation>Has audit findings</translation>
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
    <name>PerformanceFigures</name>
    <message>
        <source>projects with performance targets</source>
        <translation>&amp;File&lt;/source&gt;
        &lt;translation&gt;&amp;File&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;New…&lt;/source&gt;
        &lt;translation&gt;&amp;New…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Open…&lt;/source&gt;
        &lt;translation&gt;&amp;Open…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Open &amp;Recent&lt;/source&gt;
        &lt;translation&gt;Open &amp;Recent&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Save a &amp;Copy As…&lt;/source&gt;
        &lt;translation&gt;Save a &amp;Copy As…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Close&lt;/source&gt;
        &lt;translation&gt;&amp;Close&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Quit&lt;/source&gt;
        &lt;translation&gt;&amp;Quit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Edit&lt;/source&gt;
        &lt;translation&gt;&amp;Edit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cu&amp;t&lt;/source&gt;
        &lt;translation&gt;Cu&amp;t&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Copy&lt;/source&gt;
        &lt;translation&gt;&amp;Copy&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Paste&lt;/source&gt;
        &lt;translation&gt;&amp;Paste&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Select &amp;All&lt;/source&gt;
        &lt;translation&gt;Select &amp;All&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;View&lt;/source&gt;
        &lt;translation&gt;&amp;View&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Zoom &amp;In&lt;/source&gt;
        &lt;translation&gt;Zoom &amp;In&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Zoom &amp;Out&lt;/source&gt;
        &lt;translation&gt;Zoom &amp;Out&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Normal Size&lt;/source&gt;
        &lt;translation&gt;&amp;Normal Size&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Display &amp;Unit&lt;/source&gt;
        &lt;translation&gt;Display &amp;Unit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Settings&lt;/source&gt;
        &lt;translation&gt;&amp;Settings&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Language&lt;/source&gt;
        &lt;translation&gt;&amp;Language&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;System Language&lt;/source&gt;
        &lt;translation&gt;System Language&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Changes not saved&lt;/source&gt;
        &lt;translation&gt;Changes not saved&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Open a disclosure&lt;/source&gt;
        &lt;translation&gt;Open a disclosure&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Final accounts (*.fadb)&lt;/source&gt;
        &lt;translation&gt;Final accounts (*.fadb)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Saved a copy as %1&lt;/source&gt;
        &lt;translation&gt;Saved a copy as %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Final Accounts Editor&lt;/source&gt;
        &lt;translation&gt;Final Accounts Editor&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 — Final Accounts Editor&lt;/source&gt;
        &lt;translation&gt;%1 — Final Accounts Editor&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;[read-only]&lt;/source&gt;
        &lt;translation&gt;[read-only]&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;all changes saved&lt;/source&gt;
        &lt;translation&gt;all changes saved&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Undo %1&lt;/source&gt;
        &lt;translation&gt;&amp;Undo %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Undo&lt;/source&gt;
        &lt;translation&gt;&amp;Undo&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Redo %1&lt;/source&gt;
        &lt;translation&gt;&amp;Redo %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Redo&lt;/source&gt;
        &lt;translation&gt;&amp;Redo&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Print Pre&amp;view…&lt;/source&gt;
        &lt;translation&gt;Print Pre&amp;view…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Print…&lt;/source&gt;
        &lt;translation&gt;&amp;Print…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Page Set&amp;up…&lt;/source&gt;
        &lt;translation&gt;Page Set&amp;up…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Export &amp;PDF (draft)…&lt;/source&gt;
        &lt;translation&gt;Export &amp;PDF (draft)…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Export &amp;Final PDF…&lt;/source&gt;
        &lt;translation&gt;Export &amp;Final PDF…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Export &amp;ODT for Word/WPS…&lt;/source&gt;
        &lt;translation&gt;Export &amp;ODT for Word/WPS…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Audit Findings&lt;/source&gt;
        &lt;translation&gt;&amp;Audit Findings&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Money&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Too many decimal places: at most %n in %1.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Too many decimal places: at most %n in %1.&lt;/numerusform&gt;
            &lt;numerusform&gt;Too many decimal places: at most %n in %1.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;NarrativeTemplate&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Narrative wording %1: %2&lt;/source&gt;
        &lt;translation&gt;Narrative wording %1: %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;figure &quot;%1&quot; uses the phrase &quot;%2&quot;, which is not defined.&lt;/source&gt;
        &lt;translation&gt;figure &quot;%1&quot; uses the phrase &quot;%2&quot;, which is not defined.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;no template id or no parts.&lt;/source&gt;
        &lt;translation&gt;no template id or no parts.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;There is no narrative wording for template %1.&lt;/source&gt;
        &lt;translation&gt;There is no narrative wording for template %1.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Narrative wording %1: %2 at offset %3.&lt;/source&gt;
        &lt;translation&gt;Narrative wording %1: %2 at offset %3.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;NarrativeView&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;No document is open.&lt;/source&gt;
        &lt;translation&gt;No document is open.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;NavigationModel&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Department&lt;/source&gt;
        &lt;translation&gt;Department&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Part 1 Overview&lt;/source&gt;
        &lt;translation&gt;Part 1 Overview&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Part 2 Final account tables&lt;/source&gt;
        &lt;translation&gt;Part 2 Final account tables&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Part 3 Explanations: figures and reasons&lt;/source&gt;
        &lt;translation&gt;Part 3 Explanations: figures and reasons&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Project performance self-evaluations&lt;/source&gt;
        &lt;translation&gt;Project performance self-evaluations&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Reasons and uses&lt;/source&gt;
        &lt;translation&gt;Reasons and uses&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Part 4 Other matters&lt;/source&gt;
        &lt;translation&gt;Part 4 Other matters&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Part 5 Glossary&lt;/source&gt;
        &lt;translation&gt;Part 5 Glossary&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Filled in&lt;/source&gt;
        &lt;translation&gt;Filled in&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Empty&lt;/source&gt;
        &lt;translation&gt;Empty&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Generated explanation (情况说明)&lt;/source&gt;
        &lt;translation&gt;Generated explanation (情况说明)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Charts&lt;/source&gt;
        &lt;translation&gt;Charts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Has audit findings&lt;/source&gt;
        &lt;translation&gt;Has audit findings&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;NewDocumentDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;New disclosure&lt;/source&gt;
        &lt;translation&gt;New disclosure&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Template&lt;/source&gt;
        &lt;translation&gt;Template&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Department name&lt;/source&gt;
        &lt;translation&gt;Department name&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Kind&lt;/source&gt;
        &lt;translation&gt;Kind&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Year&lt;/source&gt;
        &lt;translation&gt;Year&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;PerformanceFigures&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;projects with performance targets</translation>
    </message>
    <message>
        <source>full-year budget of the projects with performance targets</source>
        <translation>full-year budget of the projects with performance targets</translation>
    </message>
    <message>
        <source>projects with performance monitoring</source>
        <translation>projects with performance monitoring</translation>
    </message>
    <message>
        <source>full-year budget of the monitored projects</source>
        <translation>full-year budget of the monitored projects</translation>
    </message>
    <message>
        <source>projects with a complete self-evaluation</source>
        <translation>projects with a complete self-evaluation</translation>
    </message>
    <message>
        <source>full-year budget of the self-evaluated projects</source>
        <translation>full-year budget of the self-evaluated projects</translation>
    </message>
    <message>
        <source>average self-evaluation score</source>
        <translation>average self-evaluation score</translation>
    </message>
    <message>
        <source>projects graded %1</source>
        <translation>projects graded %1</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <source>A score cannot be negative.</source>
        <translation>A score cannot be negative.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points.</source>
        <translation>&quot;%1&quot; is not a number of points.</translation>
    </message>
    <message>
        <source>Points have at most two decimals.</source>
        <translation>Points have at most two decimals.</translation>
    </message>
    <message>
        <source>No form has more than %1 points.</source>
        <translation>No form has more than %1 points.</translation>
    </message>
</context>
<context>
    <name>ProjectFormEditor</name>
    <message>
        <source>Total score: &lt;b&gt;%1&lt;/b&gt; of %2 · Grade: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Total score: &lt;b&gt;%1&lt;/b&gt; of %2 · Grade: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not yet complete</source>
        <translation>not yet complete</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>Supervising department</source>
        <translation>Supervising department</translation>
    </message>
    <message>
        <source>Implementing unit</source>
        <translation>Implementing unit</translation>
    </message>
    <message>
        <source>Planned goal of the year</source>
        <translation>Planned goal of the year</translation>
    </message>
    <message>
        <source>What was achieved</source>
        <translation>What was achieved</translation>
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
        <source>Project funds (10k yuan)</source>
        <translation>Problems found&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;Problems found&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Improvement measures&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;Improvement measures&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Project funds (10k yuan)</translation>
    </message>
    <message>
        <source>Overall goal of the year</source>
        <translation>Overall goal of the year</translation>
    </message>
    <message>
        <source>Performance indicators</source>
        <translation>Performance indicators</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Remove indicator</translation>
    </message>
    <message>
        <source>Performance was monitored during the year</source>
        <translation>Performance was monitored during the year</translation>
    </message>
</context>
<context>
    <name>ProjectFundsModel</name>
    <message>
        <source>Total = fiscal appropriation + carried over + other funds (those that are known)</source>
        <translation>Total = fiscal appropriation + carried over + other funds (those that are known)</translation>
    </message>
    <message>
        <source>Execution rate = executed ÷ full-year budget</source>
        <translation>Execution rate = executed ÷ full-year budget</translation>
    </message>
    <message>
        <source>Score = execution rate × weight, at most the weight</source>
        <translation>Score = execution rate × weight, at most the weight</translation>
    </message>
    <message>
        <source>Not known. Leave blank what is not known; 0 means zero.</source>
        <translation>Not known. Leave blank what is not known; 0 means zero.</translation>
    </message>
    <message>
        <source>Total funds of the year</source>
        <translation>Total funds of the year</translation>
    </message>
    <message>
        <source>of which: fiscal appropriation of the year</source>
        <translation>of which: fiscal appropriation of the year</translation>
    </message>
    <message>
        <source>Carried over from last year</source>
        <translation>Carried over from last year</translation>
    </message>
    <message>
        <source>Other funds</source>
        <translation>Other funds</translation>
    </message>
    <message>
        <source>Budget at the start of the year</source>
        <translation>Budget at the start of the year</translation>
    </message>
    <message>
        <source>Full-year budget</source>
        <translation>Full-year budget</translation>
    </message>
    <message>
        <source>Executed in the year</source>
        <translation>Executed in the year</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>Execution rate</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProjectIndicatorModel</name>
    <message>
        <source>add indicator</source>
        <translation>add indicator</translation>
    </message>
    <message>
        <source>remove indicator %1</source>
        <translation>remove indicator %1</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Unit&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;Unit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Actual value</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Reasons for deviation and measures</source>
        <translation>Reasons for deviation and measures</translation>
    </message>
    <message>
        <source>Choose one of the form&apos;s level-2 indicator kinds.</source>
        <translation>Choose one of the form&apos;s level-2 indicator kinds.</translation>
    </message>
    <message>
        <source>Type one of ≥ ≤ = &gt; &lt; (or &gt;= &lt;=), or leave it blank.</source>
        <translation>Type one of ≥ ≤ = &gt; &lt; (or &gt;= &lt;=), or leave it blank.</translation>
    </message>
    <message>
        <source>Give the row&apos;s weight first: a score cannot be above it.</source>
        <translation>Give the row&apos;s weight first: a score cannot be above it.</translation>
    </message>
    <message>
        <source>The score %1 is above the row&apos;s weight %2.</source>
        <translation>The score %1 is above the row&apos;s weight %2.</translation>
    </message>
    <message>
        <source>%1 of indicator %2</source>
        <translation>%1 of indicator %2</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Executed (10k yuan)</source>
        <translation>Executed (10k yuan)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Full-year budget (10k yuan)</source>
        <translation>Project&lt;/source&gt;
        &lt;translation&gt;Project&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Executed (10k yuan)&lt;/source&gt;
        &lt;translation&gt;Executed (10k yuan)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Problems&lt;/source&gt;
        &lt;translation&gt;Problems&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Measures&lt;/source&gt;
        &lt;translation&gt;Measures&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Full-year budget (10k yuan)</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>Execution rate</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Total score</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Supervising department</source>
        <translation>Supervising department</translation>
    </message>
    <message>
        <source>Implementing unit</source>
        <translation>Implementing unit</translation>
    </message>
    <message>
        <source>Planned goal</source>
        <translation>Planned goal</translation>
    </message>
    <message>
        <source>What was achieved</source>
        <translation>What was achieved</translation>
    </message>
    <message>
        <source>Monitored during the year</source>
        <translation>Monitored during the year</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>A project needs a name.</translation>
    </message>
</context>
<context>
    <name>ProjectsEditor</name>
    <message>
        <source>Add project</source>
        <translation>Add project</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>Remove project</translation>
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
        <source>Template %1: %2</source>
        <translation>Add project&lt;/source&gt;
        &lt;translation&gt;Add project&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Remove project&lt;/source&gt;
        &lt;translation&gt;Remove project&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;New project&lt;/source&gt;
        &lt;translation&gt;New project&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ReasonListModel&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;A key must start with one of %1 and name what it explains.&lt;/source&gt;
        &lt;translation&gt;A key must start with one of %1 and name what it explains.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The document is read-only.&lt;/source&gt;
        &lt;translation&gt;The document is read-only.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Key&lt;/source&gt;
        &lt;translation&gt;Key&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Subject&lt;/source&gt;
        &lt;translation&gt;Subject&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Text&lt;/source&gt;
        &lt;translation&gt;Text&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ReasonsEditor&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Key:&lt;/source&gt;
        &lt;translation&gt;Key:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;e.g. reason.totalChange, reason.item.2010601, use.201&lt;/source&gt;
        &lt;translation&gt;e.g. reason.totalChange, reason.item.2010601, use.201&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Remove&lt;/source&gt;
        &lt;translation&gt;Remove&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The reason or use, as it should read in the explanations&lt;/source&gt;
        &lt;translation&gt;The reason or use, as it should read in the explanations&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Recalculator&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Cell %1 refers to %2, which does not exist.&lt;/source&gt;
        &lt;translation&gt;Cell %1 refers to %2, which does not exist.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The formulas form a cycle through %1.&lt;/source&gt;
        &lt;translation&gt;The formulas form a cycle through %1.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ReportTemplate&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;A template has no id.&lt;/source&gt;
        &lt;translation&gt;A template has no id.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Template %1 names a code book that is not installed.&lt;/source&gt;
        &lt;translation&gt;Template %1 names a code book that is not installed.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Template %1 lists class %2, which its code book does not have.&lt;/source&gt;
        &lt;translation&gt;Template %1 lists class %2, which its code book does not have.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Template %1 defines table %2 twice.&lt;/source&gt;
        &lt;translation&gt;Template %1 defines table %2 twice.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Template %1: %2</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationCheck</name>
    <message>
        <source>The amount executed is more than the full-year budget; the execution score is capped at its weight.</source>
        <translation>The amount executed is more than the full-year budget; the execution score is capped at its weight.</translation>
    </message>
    <message>
        <source>A score needs a weight (分值) on the same row.</source>
        <translation>A score needs a weight on the same row.</translation>
    </message>
    <message>
        <source>The score %1 is above the row&apos;s weight %2.</source>
        <translation>The score %1 is above the row&apos;s weight %2.</translation>
    </message>
    <message>
        <source>The weights add up to %1 (with 10 for the execution rate), not 100.</source>
        <translation>The weights add up to %1 (with 10 for the execution rate), not 100.</translation>
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
        <source>Add row %1 to %2</source>
        <translation>Add row %1 to %2</translation>
    </message>
    <message>
        <source>Remove row %1 from %2</source>
        <translation>Remove row %1 from %2</translation>
    </message>
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
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Clear %n cell</numerusform>
            <numerusform>Clear %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit cell %1</source>
        <translation>Edit cell %1</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <source>Edit project %1: %2</source>
        <translation>Final Accounts Editor&lt;/source&gt;
        &lt;translation&gt;Final Accounts Editor&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;New disclosure…&lt;/source&gt;
        &lt;translation&gt;New disclosure…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Open…&lt;/source&gt;
        &lt;translation&gt;Open…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Recent files (double-click to open):&lt;/source&gt;
        &lt;translation&gt;Recent files (double-click to open):&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;TableClipboard&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;There is nothing to paste.&lt;/source&gt;
        &lt;translation&gt;There is nothing to paste.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The copied range of %1 × %2 cells does not fit here: it would reach beyond the table.&lt;/source&gt;
        &lt;translation&gt;The copied range of %1 × %2 cells does not fit here: it would reach beyond the table.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Nothing was pasted: the range reaches cells that are not amounts (%1).&lt;/source&gt;
        &lt;translation&gt;Nothing was pasted: the range reaches cells that are not amounts (%1).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Nothing was pasted: %1 is computed and cannot be pasted into.&lt;/source&gt;
        &lt;translation&gt;Nothing was pasted: %1 is computed and cannot be pasted into.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Nothing was pasted: &quot;%1&quot; for %2: %3&lt;/source&gt;
        &lt;translation&gt;Nothing was pasted: &quot;%1&quot; for %2: %3&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The document is read-only.&lt;/source&gt;
        &lt;translation&gt;The document is read-only.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;TableFormEditor&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Prepared by: %1&lt;/source&gt;
        &lt;translation&gt;Prepared by: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Unit: %1&lt;/source&gt;
        &lt;translation&gt;Unit: %1&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;TableFormModel&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Only amounts can be typed here.&lt;/source&gt;
        &lt;translation&gt;Only amounts can be typed here.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;TableFormView&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;The document is read-only.&lt;/source&gt;
        &lt;translation&gt;The document is read-only.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This cell is computed and cannot be changed: %1&lt;/source&gt;
        &lt;translation&gt;This cell is computed and cannot be changed: %1&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;TemplateLibrary&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Cannot read %1: %2&lt;/source&gt;
        &lt;translation&gt;Cannot read %1: %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 is not valid JSON: %2&lt;/source&gt;
        &lt;translation&gt;%1 is not valid JSON: %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No templates were found.&lt;/source&gt;
        &lt;translation&gt;No templates were found.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;TextPattern&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;&quot;%1&quot;: a &apos;}&apos; without its &apos;{&apos;.&lt;/source&gt;
        &lt;translation&gt;&quot;%1&quot;: a &apos;}&apos; without its &apos;{&apos;.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&quot;%1&quot;: a &apos;{&apos; without its &apos;}&apos;.&lt;/source&gt;
        &lt;translation&gt;&quot;%1&quot;: a &apos;{&apos; without its &apos;}&apos;.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&quot;%1&quot;: an empty {} field.&lt;/source&gt;
        &lt;translation&gt;&quot;%1&quot;: an empty {} field.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;UndoCommands&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Add row %1 to %2&lt;/source&gt;
        &lt;translation&gt;Add row %1 to %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Remove row %1 from %2&lt;/source&gt;
        &lt;translation&gt;Remove row %1 from %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Add project&lt;/source&gt;
        &lt;translation&gt;Add project&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Remove project %1&lt;/source&gt;
        &lt;translation&gt;Remove project %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Edit department&lt;/source&gt;
        &lt;translation&gt;Edit department&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Edit project %1&lt;/source&gt;
        &lt;translation&gt;Edit project %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Clear %n cell(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Clear %n cell&lt;/numerusform&gt;
            &lt;numerusform&gt;Clear %n cells&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Paste %n cell(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Paste %n cell&lt;/numerusform&gt;
            &lt;numerusform&gt;Paste %n cells&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Edit cell %1&lt;/source&gt;
        &lt;translation&gt;Edit cell %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Edit text&lt;/source&gt;
        &lt;translation&gt;Edit text&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Edit project %1: %2</translation>
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
    <name>main</name>
    <message>
        <source>Final Accounts Editor</source>
        <translation>Final Accounts Editor</translation>
    </message>
</context>
</TS>
