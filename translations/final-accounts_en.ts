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
    <message>
        <source>The figures of rule %1 are too large to compute; the rule cannot be checked.</source>
        <translation>The figures of rule %1 are too large to compute; the rule cannot be checked.</translation>
    </message>
    <message>
        <source>These figures add up beyond ±1,000,000,000,000 元 and cannot be computed: check the amounts they add.</source>
        <translation>These figures add up beyond ±1,000,000,000,000 元 and cannot be computed: check the amounts they add.</translation>
    </message>
    <message>
        <source>%1未填写，无法比较；请填写该数（确为零的填 0）。</source>
        <translation>%1 has not been entered, so nothing can be compared with it; enter the figure (0 if it is zero).</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>The template &quot;%1&quot; has no audit rules: there is nothing to check.</source>
        <translation>The template &quot;%1&quot; has no audit rules: there is nothing to check.</translation>
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
    <message>
        <source>&amp;Reason, as the explanations will quote it:</source>
        <translation>&amp;Reason, as the explanations will quote it:</translation>
    </message>
    <message>
        <source>Add Comment…</source>
        <translation>Add Comment…</translation>
    </message>
    <message>
        <source>Show Comments</source>
        <translation>Show Comments</translation>
    </message>
</context>
<context>
    <name>BatchPdf</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>BatchPdfDialog</name>
    <message>
        <source>Batch PDF</source>
        <translation>Batch PDF</translation>
    </message>
    <message>
        <source>%1 of %2 documents done: %3</source>
        <translation>%1 of %2 documents done: %3</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n PDF(s)…</source>
        <translation>
            <numerusform>Writing %n PDF…</numerusform>
            <numerusform>Writing %n PDFs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n PDF(s) written.</source>
        <translation>
            <numerusform>%1 of %n PDF written.</numerusform>
            <numerusform>%1 of %n PDFs written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n document(s) were not exported; no file was left half written.</source>
        <translation>
            <numerusform>Cancelled: %n document was not exported; no file was left half written.</numerusform>
            <numerusform>Cancelled: %n documents were not exported; no file was left half written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetKinds</name>
    <message>
        <source>the budget kind &quot;%1&quot; names no columns</source>
        <translation>the budget kind &quot;%1&quot; names no columns</translation>
    </message>
    <message>
        <source>there is no budget kind &quot;%1&quot; (budgets.json: %2)</source>
        <translation>there is no budget kind &quot;%1&quot; (budgets.json: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no budget placeholder ({budget} or {budget:NAME})</source>
        <translation>&quot;%1&quot; is no budget placeholder ({budget} or {budget:NAME})</translation>
    </message>
    <message>
        <source>%1 needs a budget kind (&quot;budget&quot;: %2)</source>
        <translation>%1 needs a budget kind (&quot;budget&quot;: %2)</translation>
    </message>
    <message>
        <source>the budget kind &quot;%1&quot; has no column &quot;%2&quot; (budgets.json)</source>
        <translation>the budget kind &quot;%1&quot; has no column &quot;%2&quot; (budgets.json)</translation>
    </message>
    <message>
        <source>%1: this profile has no budget kinds (budgets.json)</source>
        <translation>%1: this profile has no budget kinds (budgets.json)</translation>
    </message>
</context>
<context>
    <name>BudgetUnit</name>
    <message>
        <source>A unit needs a name.</source>
        <translation>A unit needs a name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the kind of unit must be 行政, 参公 or 事业, optionally followed by 并入本级.</source>
        <translation>&quot;%1&quot;: the kind of unit must be 行政, 参公 or 事业, optionally followed by 并入本级.</translation>
    </message>
</context>
<context>
    <name>ChartDef</name>
    <message>
        <source>a chart needs an id</source>
        <translation>a chart needs an id</translation>
    </message>
    <message>
        <source>a chart needs a title</source>
        <translation>a chart needs a title</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (pie, donut, comparison, classes or projects)</source>
        <translation>unknown kind &quot;%1&quot; (pie, donut, comparison, classes or projects)</translation>
    </message>
    <message>
        <source>a pie needs a list of figures</source>
        <translation>a pie needs a list of figures</translation>
    </message>
    <message>
        <source>a slice is one cell</source>
        <translation>a slice is one cell</translation>
    </message>
    <message>
        <source>a comparison needs a list of pairs</source>
        <translation>a comparison needs a list of pairs</translation>
    </message>
    <message>
        <source>a pair needs a label</source>
        <translation>a pair needs a label</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table with classification rows</source>
        <translation>&quot;%1&quot; is not a table with classification rows</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;</source>
        <translation>%1 has no column &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>The figures of rule %1 are too large to compute; the rule cannot be checked.</source>
        <translation>The figures of rule %1 are too large to compute; the rule cannot be checked.</translation>
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
    <message>
        <source>&amp;Fund:</source>
        <translation>&amp;Fund:</translation>
    </message>
    <message>
        <source>The fund the 科目 belongs to: it appears in every table that lists this fund&apos;s 科目</source>
        <translation>The fund the 科目 belongs to: it appears in every table that lists this fund&apos;s 科目</translation>
    </message>
    <message>
        <source>%1 %2 is already a 科目 of %3 in %4. Add it under that fund, or remove it from %4 first.</source>
        <translation>%1 %2 is already a 科目 of %3 in %4. Add it under that fund, or remove it from %4 first.</translation>
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
    <message>
        <source>There is no bundled sample for template &quot;%1&quot;.</source>
        <translation>There is no bundled sample for template &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: not exported as final; export it without --final as a draft, or deal first with:</source>
        <translation>%1: not exported as final; export it without --final as a draft, or deal first with:</translation>
    </message>
    <message>
        <source>  empty reason: %1</source>
        <translation>  empty reason: %1</translation>
    </message>
    <message>
        <source>  audit error: %1</source>
        <translation>  audit error: %1</translation>
    </message>
    <message>
        <source>%1 is both a unit file and the output.</source>
        <translation>%1 is both a unit file and the output.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days.</source>
        <translation>&quot;%1&quot; is not a number of days.</translation>
    </message>
    <message>
        <source>History compacted: %1 entries before, %2 now.</source>
        <translation>History compacted: %1 entries before, %2 now.</translation>
    </message>
    <message>
        <source>  not approved: %1</source>
        <translation>  not approved: %1</translation>
    </message>
    <message>
        <source>Usage: final-accounts [FILE.fadb]            open the editor
       final-accounts COMMAND [ARGUMENTS]

Commands:
  sample [--template ID] -o FILE.fadb [--force]
                                          write the bundled sample document of a template
  new --template ID --department NAME --year YYYY [--kind 行政|参公|事业]
      -o FILE.fadb [--force]              create an empty document
  import FILE.json -o FILE.fadb [--force] create a document from interchange JSON
  import FILE.xlsx [--template ID] -o FILE.fadb [--force]  create a document from an Excel workbook
  import FILE.pdf [--template ID] [--prior] -o FILE.fadb [--force]
                                          a document from a published PDF (--prior: only next
                                          year&apos;s prior-year figures)
  audit FILE.pdf [--template ID] [--json] check a published PDF&apos;s tables and text
  export FILE.fadb [-o FILE.json]         write interchange JSON (default: standard output)
  tables FILE.fadb [--table T1…T9]        print the computed tables as TSV
  narrative FILE.fadb                     print Parts 1, 3, 4 and 5 as text
  audit FILE.fadb [--text FILE.txt] [--json]  check tables and texts (exit 0 clean, 1 warnings, 2 errors,
                                          3 when the audit cannot run)
  pdf FILE.fadb -o OUT.pdf [--final]      print the disclosure to PDF (draft watermark while the
                                          audit has errors; --final refuses while an error or an
                                          empty reason remains)
  pdf DIR -o OUTDIR [--final]             the same for every .fadb in a folder
  odt FILE.fadb -o OUT.odt                the disclosure as an OpenDocument text (also DIR -o OUTDIR)
  profiles                                list the profiles with their source
  profile check DIR                       validate a profile package (every fault with file and path)
  profile schema DIR                      write the JSON Schemas of profile packages into DIR (for
                                          an editor such as VS Code)
  xlsx FILE.fadb -o FILE.xlsx             write the tables as an Excel workbook
  compare A.fadb B.fadb [--json] [-o OUT.pdf]  changed inputs, derived figures and the narrative&apos;s blackline
  rollforward FILE.fadb --year YYYY [--template ID] [--codemap FILE.json] -o NEW.fadb [--force]
                                          start next year&apos;s document from this one
  rollup UNIT.fadb... -o DEPT.fadb [--template ID] [--main UNIT.fadb] [--force]
                                          a department&apos;s document added up from its units&apos; (汇总)
  review DIR [--json]                     every document and published PDF under a folder in one
                                          table (exit 1 when a file could not be read)
  pdf-batch DIR -o OUTDIR [-j N] [--final]  every document under a folder as PDF, N at a time
  history FILE.fadb [--json] [--cell REF] [--user NAME] | --compact --keep-days N
                                          list the change history, or compact what is older
  help                                    show this text

Every command and the editor take --profiles DIR (repeatable): profile packages besides the
built-in ones and those in the user&apos;s folder.
Templates: %1
Exit status: 0 success, 1 failure, 64 wrong arguments; audit: 3 when it cannot run.
</source>
        <translation>Usage: final-accounts [FILE.fadb]            open the editor
       final-accounts COMMAND [ARGUMENTS]

Commands:
  sample [--template ID] -o FILE.fadb [--force]
                                          write the bundled sample document of a template
  new --template ID --department NAME --year YYYY [--kind 行政|参公|事业]
      -o FILE.fadb [--force]              create an empty document
  import FILE.json -o FILE.fadb [--force] create a document from interchange JSON
  import FILE.xlsx [--template ID] -o FILE.fadb [--force]  create a document from an Excel workbook
  import FILE.pdf [--template ID] [--prior] -o FILE.fadb [--force]
                                          a document from a published PDF (--prior: only next
                                          year&apos;s prior-year figures)
  audit FILE.pdf [--template ID] [--json] check a published PDF&apos;s tables and text
  export FILE.fadb [-o FILE.json]         write interchange JSON (default: standard output)
  tables FILE.fadb [--table T1…T9]        print the computed tables as TSV
  narrative FILE.fadb                     print Parts 1, 3, 4 and 5 as text
  audit FILE.fadb [--text FILE.txt] [--json]  check tables and texts (exit 0 clean, 1 warnings, 2 errors,
                                          3 when the audit cannot run)
  pdf FILE.fadb -o OUT.pdf [--final]      print the disclosure to PDF (draft watermark while the
                                          audit has errors; --final refuses while an error or an
                                          empty reason remains)
  pdf DIR -o OUTDIR [--final]             the same for every .fadb in a folder
  odt FILE.fadb -o OUT.odt                the disclosure as an OpenDocument text (also DIR -o OUTDIR)
  profiles                                list the profiles with their source
  profile check DIR                       validate a profile package (every fault with file and path)
  profile schema DIR                      write the JSON Schemas of profile packages into DIR (for
                                          an editor such as VS Code)
  xlsx FILE.fadb -o FILE.xlsx             write the tables as an Excel workbook
  compare A.fadb B.fadb [--json] [-o OUT.pdf]  changed inputs, derived figures and the narrative&apos;s blackline
  rollforward FILE.fadb --year YYYY [--template ID] [--codemap FILE.json] -o NEW.fadb [--force]
                                          start next year&apos;s document from this one
  rollup UNIT.fadb... -o DEPT.fadb [--template ID] [--main UNIT.fadb] [--force]
                                          a department&apos;s document added up from its units&apos; (汇总)
  review DIR [--json]                     every document and published PDF under a folder in one
                                          table (exit 1 when a file could not be read)
  pdf-batch DIR -o OUTDIR [-j N] [--final]  every document under a folder as PDF, N at a time
  history FILE.fadb [--json] [--cell REF] [--user NAME] | --compact --keep-days N
                                          list the change history, or compact what is older
  help                                    show this text

Every command and the editor take --profiles DIR (repeatable): profile packages besides the
built-in ones and those in the user&apos;s folder.
Templates: %1
Exit status: 0 success, 1 failure, 64 wrong arguments; audit: 3 when it cannot run.
</translation>
    </message>
</context>
<context>
    <name>CommentTarget</name>
    <message>
        <source>Audit finding %1</source>
        <translation>Audit finding %1</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Compare: %1 and %2</source>
        <translation>Compare: %1 and %2</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF not written</translation>
    </message>
    <message>
        <source>Export the comparison as PDF</source>
        <translation>Export the comparison as PDF</translation>
    </message>
    <message>
        <source>comparison.pdf</source>
        <translation>comparison.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ComparisonPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2</source>
        <translation>Comparison of %1 and %2</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>Comparing %1 with %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>input</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>derived</translation>
    </message>
    <message>
        <source># Narrative, changed paragraphs ([-removed-] {+added+})</source>
        <translation># Narrative, changed paragraphs ([-removed-] {+added+})</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Before: %1. After: %2.</source>
        <translation>Before: %1. After: %2.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Inputs changed</source>
        <translation>Inputs changed</translation>
    </message>
    <message>
        <source>Derived figures changed as a consequence</source>
        <translation>Derived figures changed as a consequence</translation>
    </message>
    <message>
        <source>Narrative (blackline)</source>
        <translation>Narrative (blackline)</translation>
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
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kind of the own unit (本级)</source>
        <translation>Kind of the own unit (本级)</translation>
    </message>
    <message>
        <source>Units (one per line: name, 行政/参公/事业, optionally 并入本级)</source>
        <translation>Units (one per line: name, 行政/参公/事业, optionally 并入本级)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Publication date (on the cover)</source>
        <translation>Publication date (on the cover)</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Not yet known</translation>
    </message>
    <message>
        <source>Leave it unchecked until the day is fixed: the cover then shows no date.</source>
        <translation>Leave it unchecked until the day is fixed: the cover then shows no date.</translation>
    </message>
</context>
<context>
    <name>DepartmentRollup</name>
    <message>
        <source>%1: %2 holds a negative value, which is not allowed there.</source>
        <translation>%1: %2 holds a negative value, which is not allowed there.</translation>
    </message>
    <message>
        <source>The sum of %1 exceeds the amount range when %2 is added.</source>
        <translation>The sum of %1 exceeds the amount range when %2 is added.</translation>
    </message>
    <message>
        <source>%1 is a %2 unit: its 机关运行经费 of %3 万元 is not counted.</source>
        <translation>%1 is a %2 unit: its 机关运行经费 of %3 万元 is not counted.</translation>
    </message>
    <message>
        <source>%1 is left blank (unknown): %2 has no figure for it.</source>
        <translation>%1 is left blank (unknown): %2 has no figure for it.</translation>
    </message>
    <message>
        <source>There is no unit document to roll up.</source>
        <translation>There is no unit document to roll up.</translation>
    </message>
    <message numerus="yes">
        <source>Rolled up %n unit(s):</source>
        <translation>
            <numerusform>Rolled up %n unit:</numerusform>
            <numerusform>Rolled up %n units:</numerusform>
        </translation>
    </message>
    <message>
        <source>本级</source>
        <translation>own unit</translation>
    </message>
    <message>
        <source>%1: paid %2 万元, received %3 万元, eliminated %4 万元.</source>
        <translation>%1: paid %2 万元, received %3 万元, eliminated %4 万元.</translation>
    </message>
    <message>
        <source>%1: paid %2 万元, received %3 万元, not eliminated (the profile keeps both).</source>
        <translation>%1: paid %2 万元, received %3 万元, not eliminated (the profile keeps both).</translation>
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
    <message>
        <source>The document has no file to keep a history in.</source>
        <translation>The document has no file to keep a history in.</translation>
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
    <message>
        <source>%1 was opened only to be read.</source>
        <translation>%1 was opened only to be read.</translation>
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
    <message>
        <source>%1 is in an older file format; open it once in the editor to upgrade it.</source>
        <translation>%1 is in an older file format; open it once in the editor to upgrade it.</translation>
    </message>
    <message>
        <source>the review record holds an unknown %1</source>
        <translation>the review record holds an unknown %1</translation>
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
    <name>ExchangeActions</name>
    <message>
        <source>New &amp;Next Year…</source>
        <translation>New &amp;Next Year…</translation>
    </message>
    <message>
        <source>&amp;Import Excel…</source>
        <translation>&amp;Import Excel…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>Export &amp;Excel…</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mpare…</translation>
    </message>
    <message>
        <source>Excel not written</source>
        <translation>Excel not written</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel not imported</source>
        <translation>Excel not imported</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>The document is read-only.</translation>
    </message>
    <message>
        <source>Import Excel</source>
        <translation>Import Excel</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Cannot compare</translation>
    </message>
    <message>
        <source>Compare with (the earlier version or year)</source>
        <translation>Compare with (the earlier version or year)</translation>
    </message>
    <message>
        <source>Final accounts (*.fadb)</source>
        <translation>Final accounts (*.fadb)</translation>
    </message>
    <message>
        <source>Next year not started</source>
        <translation>Next year not started</translation>
    </message>
    <message>
        <source>%1 started from %2</source>
        <translation>%1 started from %2</translation>
    </message>
    <message>
        <source>New Next Year</source>
        <translation>New Next Year</translation>
    </message>
    <message>
        <source>Year of the new document:</source>
        <translation>Year of the new document:</translation>
    </message>
    <message>
        <source>No table of this document&apos;s template and no self-evaluation form was found in %1: they are recognised by their titles.</source>
        <translation>No table of this document&apos;s template and no self-evaluation form was found in %1: they are recognised by their titles.</translation>
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
    <message numerus="yes">
        <source>%n section(s) are not approved yet.</source>
        <translation>
            <numerusform>%n section is not approved yet.</numerusform>
            <numerusform>%n sections are not approved yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not approved — %1</source>
        <translation>Not approved — %1</translation>
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
    <message>
        <source>%1, %2%3: %4</source>
        <translation>%1, %2%3: %4</translation>
    </message>
    <message>
        <source> (resolved)</source>
        <translation> (resolved)</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>已不再出现（%1）</source>
        <translation>No longer reported (%1)</translation>
    </message>
    <message>
        <source>Comments on findings that the audit no longer reports</source>
        <translation>Comments on findings that the audit no longer reports</translation>
    </message>
    <message>
        <source>No longer reported: %1</source>
        <translation>No longer reported: %1</translation>
    </message>
</context>
<context>
    <name>FormDifferences</name>
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
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1; target %2, actual %3, weight %4, score %5</source>
        <translation>%1; target %2, actual %3, weight %4, score %5</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Indicator %1</translation>
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
        <source>Funds: %1, %2</source>
        <translation>Funds: %1, %2</translation>
    </message>
    <message>
        <source>Overall goal: planned</source>
        <translation>Overall goal: planned</translation>
    </message>
    <message>
        <source>Overall goal: achieved</source>
        <translation>Overall goal: achieved</translation>
    </message>
    <message>
        <source>Order of the indicators</source>
        <translation>Order of the indicators</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Performance tracking</source>
        <translation>Performance tracking</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
</context>
<context>
    <name>FormTerms</name>
    <message>
        <source>Output indicators</source>
        <translation>Output indicators</translation>
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
        <source>&quot;bands&quot; must be a list of grade bands, highest first.</source>
        <translation>&quot;bands&quot; must be a list of grade bands, highest first.</translation>
    </message>
    <message>
        <source>bands[%1] must start below the band before it.</source>
        <translation>bands[%1] must start below the band before it.</translation>
    </message>
    <message>
        <source>The last of the bands must start from 0, so that every score has a grade.</source>
        <translation>The last of the bands must start from 0, so that every score has a grade.</translation>
    </message>
    <message>
        <source>bands[%1] needs a &quot;grade&quot; and a &quot;from&quot; score between 0 and 1000.</source>
        <translation>bands[%1] needs a &quot;grade&quot; and a &quot;from&quot; score between 0 and 1000.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Changes up to %1 combined</source>
        <translation>Changes up to %1 combined</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
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
        <source>Planned goal</source>
        <translation>Planned goal</translation>
    </message>
    <message>
        <source>Goal achieved</source>
        <translation>Goal achieved</translation>
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
        <source>unknown user</source>
        <translation>unknown user</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>Department name</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>Department code</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Project %1 added</source>
        <translation>Project %1 added</translation>
    </message>
    <message>
        <source>Funds, indicators or tracking</source>
        <translation>Funds, indicators or tracking</translation>
    </message>
    <message>
        <source>Project %1 removed</source>
        <translation>Project %1 removed</translation>
    </message>
    <message>
        <source>Only a figure or a text can be restored from the history.</source>
        <translation>Only a figure or a text can be restored from the history.</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>The document is read-only.</translation>
    </message>
    <message>
        <source>The document has no text &quot;%1&quot; any more.</source>
        <translation>The document has no text &quot;%1&quot; any more.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 cannot be restored: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Review · %1</source>
        <translation>Review · %1</translation>
    </message>
    <message>
        <source>Signature · %1</source>
        <translation>Signature · %1</translation>
    </message>
    <message>
        <source>Comment · %1</source>
        <translation>Comment · %1</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Compact Change History</source>
        <translation>Compact Change History</translation>
    </message>
    <message>
        <source>Keep every change of the last how many days? Older changes are combined into one entry per cell or item; approvals are kept. No figure or text changes, and this cannot be undone.</source>
        <translation>Keep every change of the last how many days? Older changes are combined into one entry per cell or item; approvals are kept. No figure or text changes, and this cannot be undone.</translation>
    </message>
    <message>
        <source>%1 entries before, %2 now.</source>
        <translation>%1 entries before, %2 now.</translation>
    </message>
    <message>
        <source>Compact Change &amp;History…</source>
        <translation>Compact Change &amp;History…</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>No cell selected</source>
        <translation>No cell selected</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restore the old value</source>
        <translation>Restore the old value</translation>
    </message>
    <message>
        <source>Change History</source>
        <translation>Change History</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Whole document</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Current section</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>Selected cell</translation>
    </message>
    <message>
        <source>Restore Old Value</source>
        <translation>Restore Old Value</translation>
    </message>
    <message>
        <source>Puts the selected entry&apos;s old value back, as a new edit that can be undone.</source>
        <translation>Puts the selected entry&apos;s old value back, as a new edit that can be undone.</translation>
    </message>
    <message>
        <source>Review steps, signatures and comments</source>
        <translation>Review steps, signatures and comments</translation>
    </message>
    <message>
        <source>Review and sign-off</source>
        <translation>Review and sign-off</translation>
    </message>
</context>
<context>
    <name>HistorySql</name>
    <message>
        <source>change history entry %1: %2</source>
        <translation>change history entry %1: %2</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not a UTC time</source>
        <translation>the time &quot;%1&quot; is not a UTC time</translation>
    </message>
    <message>
        <source>the kind &quot;%1&quot; is not one that exists</source>
        <translation>the kind &quot;%1&quot; is not one that exists</translation>
    </message>
    <message>
        <source>the scope &quot;%1&quot; is not one that exists</source>
        <translation>the scope &quot;%1&quot; is not one that exists</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Table and findings</source>
        <translation>Table and findings</translation>
    </message>
    <message>
        <source>In the document</source>
        <translation>In the document</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation>In the workbook</translation>
    </message>
    <message>
        <source>%1 — not in the workbook</source>
        <translation>%1 — not in the workbook</translation>
    </message>
    <message>
        <source>%1 — sheet &quot;%2&quot;: %3 figure(s)</source>
        <translation>%1 — sheet &quot;%2&quot;: %3 figure(s)</translation>
    </message>
    <message>
        <source>New row: %1</source>
        <translation>New row: %1</translation>
    </message>
    <message>
        <source>No such row: %1</source>
        <translation>No such row: %1</translation>
    </message>
    <message>
        <source>No such column: %1</source>
        <translation>No such column: %1</translation>
    </message>
    <message>
        <source>Column not found: %1</source>
        <translation>Column not found: %1</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Not read: %1</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>Differs: %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>The workbook was prepared by %1, not by %2: check that it is the right file.</source>
        <translation>The workbook was prepared by %1, not by %2: check that it is the right file.</translation>
    </message>
    <message>
        <source>%1: %2 figure(s) in %3 table(s); %4 differ from the document.</source>
        <translation>%1: %2 figure(s) in %3 table(s); %4 differ from the document.</translation>
    </message>
    <message>
        <source>%1 self-evaluation form(s): %2 new project(s), %3 replace the project of the same name.</source>
        <translation>%1 self-evaluation form(s): %2 new project(s), %3 replace the project of the same name.</translation>
    </message>
    <message>
        <source>Nothing changes until you import; the import is then one step to undo.</source>
        <translation>Nothing changes until you import; the import is then one step to undo.</translation>
    </message>
    <message>
        <source>Self-evaluation forms (项目支出绩效自评表): %1 read</source>
        <translation>Self-evaluation forms (项目支出绩效自评表): %1 read</translation>
    </message>
    <message>
        <source>New project: %1 (%2)</source>
        <translation>New project: %1 (%2)</translation>
    </message>
    <message>
        <source>Replaces the project of the same name: %1 (%2)</source>
        <translation>Replaces the project of the same name: %1 (%2)</translation>
    </message>
    <message>
        <source>As in the document: %1 (%2)</source>
        <translation>As in the document: %1 (%2)</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>Not read: a form without 项目名称 at %1</source>
        <translation>Not read: a form without 项目名称 at %1</translation>
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
    <message>
        <source>must be a name or an object</source>
        <translation>must be a name or an object</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
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
        <translation>unknown 二级指标 kind</translation>
    </message>
    <message>
        <source>must be one of &quot;&quot;, &quot;&gt;=&quot;, &quot;&lt;=&quot;, &quot;=&quot;, &quot;&gt;&quot;, &quot;&lt;&quot;</source>
        <translation>must be one of &quot;&quot;, &quot;&gt;=&quot;, &quot;&lt;=&quot;, &quot;=&quot;, &quot;&gt;&quot;, &quot;&lt;&quot;</translation>
    </message>
    <message>
        <source>must be a date written as &quot;2025-09-10&quot;</source>
        <translation>must be a date written as &quot;2025-09-10&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a row of any table in &quot;rows&quot;</source>
        <translation>&quot;%1&quot; is not a row of any table in &quot;rows&quot;</translation>
    </message>
    <message>
        <source>a count must be a whole number within range</source>
        <translation>a count must be a whole number within range</translation>
    </message>
    <message>
        <source>must be null, a whole number or a decimal amount in 万元 such as &quot;4116.42&quot;</source>
        <translation>must be null, a whole number or a decimal amount in 万元 such as &quot;4116.42&quot;</translation>
    </message>
    <message>
        <source>must be a whole number greater than the id before it</source>
        <translation>must be a whole number greater than the id before it</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC time such as &quot;2026-12-01T02:50:00.000Z&quot;</source>
        <translation>&quot;%1&quot; is not a UTC time such as &quot;2026-12-01T02:50:00.000Z&quot;</translation>
    </message>
    <message>
        <source>must be one of edit, undo, redo, summary, approval</source>
        <translation>must be one of edit, undo, redo, summary, approval</translation>
    </message>
    <message>
        <source>must be a time written as &quot;2026-12-01T09:30:00Z&quot;</source>
        <translation>must be a time written as &quot;2026-12-01T09:30:00Z&quot;</translation>
    </message>
    <message>
        <source>must be 64 lower-case hexadecimal digits</source>
        <translation>must be 64 lower-case hexadecimal digits</translation>
    </message>
    <message>
        <source>must be draft, ready, approved or returned, not &quot;%1&quot;</source>
        <translation>must be draft, ready, approved or returned, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a positive whole number that no other comment has</source>
        <translation>must be a positive whole number that no other comment has</translation>
    </message>
    <message>
        <source>must be a section id such as &quot;table:T1&quot;</source>
        <translation>must be a section id such as &quot;table:T1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell such as &quot;T5.2010301.basic&quot;</source>
        <translation>&quot;%1&quot; is not a cell such as &quot;T5.2010301.basic&quot;</translation>
    </message>
    <message>
        <source>must be one of the funds the template&apos;s tables list: %1</source>
        <translation>must be one of the funds the template&apos;s tables list: %1</translation>
    </message>
    <message>
        <source>must be one of cell, row, text, department, project, review, signature, comment</source>
        <translation>must be one of cell, row, text, department, project, review, signature, comment</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; this object takes no keys</source>
        <translation>unknown key &quot;%1&quot;; this object takes no keys</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known keys: %2)</source>
        <translation>unknown key &quot;%1&quot; (known keys: %2)</translation>
    </message>
    <message>
        <source>a schema must be an object or true/false, not %1</source>
        <translation>a schema must be an object or true/false, not %1</translation>
    </message>
    <message>
        <source>the schema keyword &quot;%1&quot; is not supported</source>
        <translation>the schema keyword &quot;%1&quot; is not supported</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON type</source>
        <translation>&quot;%1&quot; is not a JSON type</translation>
    </message>
    <message>
        <source>the pattern %1 is invalid: %2</source>
        <translation>the pattern %1 is invalid: %2</translation>
    </message>
    <message>
        <source>&quot;$ref&quot;: %1 is not a definition of this schema (#/$defs/NAME)</source>
        <translation>&quot;$ref&quot;: %1 is not a definition of this schema (#/$defs/NAME)</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>must be %1, not %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>must be %1</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 is not one of %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message numerus="yes">
        <source>must have at least %n character(s)</source>
        <translation>
            <numerusform>must have at least %n character</numerusform>
            <numerusform>must have at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not have the expected form %2</source>
        <translation>%1 does not have the expected form %2</translation>
    </message>
    <message>
        <source>%1 is less than the minimum %2</source>
        <translation>%1 is less than the minimum %2</translation>
    </message>
    <message>
        <source>%1 is more than the maximum %2</source>
        <translation>%1 is more than the maximum %2</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is missing</source>
        <translation>the key &quot;%1&quot; is missing</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n item(s)</source>
        <translation>
            <numerusform>needs at least %n item</numerusform>
            <numerusform>needs at least %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 repeats item %2</source>
        <translation>%1 repeats item %2</translation>
    </message>
    <message>
        <source>fits more than one of the forms it may take</source>
        <translation>fits more than one of the forms it may take</translation>
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
        <source>&amp;Import PDF…</source>
        <translation>&amp;Import PDF…</translation>
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
        <source>full-year budget of the project</source>
        <translation>full-year budget of the project</translation>
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
        <source>units of the department</source>
        <translation>units of the department</translation>
    </message>
    <message>
        <source>administrative and civil-service-managed units</source>
        <translation>administrative and civil-service-managed units</translation>
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
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s); the latest by %1, %2: %3</source>
        <translation>
            <numerusform>%n open comment; the latest by %1, %2: %3</numerusform>
            <numerusform>%n open comments; the latest by %1, %2: %3</numerusform>
        </translation>
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
    <name>PdfCommands</name>
    <message>
        <source>Usage: final-accounts import FILE.pdf [--template ID] [--prior] -o FILE.fadb [--force]
       final-accounts audit FILE.pdf [--template ID] [--json]
</source>
        <translation>Usage: final-accounts import FILE.pdf [--template ID] [--prior] -o FILE.fadb [--force]
       final-accounts audit FILE.pdf [--template ID] [--json]
</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;; known: %2.</source>
        <translation>Unknown template &quot;%1&quot;; known: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) left out: they need figures the PDF&apos;s tables do not print (budgets, last year&apos;s figures, 三公 details, projects).</source>
        <translation>
            <numerusform>%n check left out: they need figures the PDF&apos;s tables do not print (budgets, last year&apos;s figures, 三公 details, projects).</numerusform>
            <numerusform>%n checks left out: they need figures the PDF&apos;s tables do not print (budgets, last year&apos;s figures, 三公 details, projects).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfFindings</name>
    <message>
        <source>Page %1, %2: the cell in row &quot;%3&quot;, column &quot;%4&quot; could not be read (&quot;%5&quot;).</source>
        <translation>Page %1, %2: the cell in row &quot;%3&quot;, column &quot;%4&quot; could not be read (&quot;%5&quot;).</translation>
    </message>
    <message>
        <source>Page %1, %2: the row &quot;%3&quot; matches no row of the template; its figures (%4) were not taken.</source>
        <translation>Page %1, %2: the row &quot;%3&quot; matches no row of the template; its figures (%4) were not taken.</translation>
    </message>
    <message>
        <source>Page %1, %2: the table has no text under its title (printed as an image?) and could not be read.</source>
        <translation>Page %1, %2: the table has no text under its title (printed as an image?) and could not be read.</translation>
    </message>
    <message>
        <source>%1 was not found in the PDF.</source>
        <translation>%1 was not found in the PDF.</translation>
    </message>
    <message>
        <source>Page %1, %2: the printed %3 / %4 is %5 but its printed parts add up to %6 (difference %7).</source>
        <translation>Page %1, %2: the printed %3 / %4 is %5 but its printed parts add up to %6 (difference %7).</translation>
    </message>
</context>
<context>
    <name>PdfImport</name>
    <message>
        <source>%1 contains none of the tables of the template &quot;%2&quot;: it is not a departmental final accounts disclosure of that template.</source>
        <translation>%1 contains none of the tables of the template &quot;%2&quot;: it is not a departmental final accounts disclosure of that template.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: page %3, %n row(s), %4 figure(s)</source>
        <translation>
            <numerusform>%1 %2: page %3, %n row, %4 figure</numerusform>
            <numerusform>%1 %2: page %3, %n rows, %4 figures</numerusform>
        </translation>
    </message>
    <message>
        <source>pdf.json: &quot;%1&quot; is not a valid pattern.</source>
        <translation>pdf.json: &quot;%1&quot; is not a valid pattern.</translation>
    </message>
    <message>
        <source>pdf.json: &quot;%1&quot; holds an invalid pattern.</source>
        <translation>pdf.json: &quot;%1&quot; holds an invalid pattern.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has no PDF layout (pdf.json).</source>
        <translation>The template &quot;%1&quot; has no PDF layout (pdf.json).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 is not a PDF file.</translation>
    </message>
    <message>
        <source>%1 is damaged: it cannot be read as a PDF.</source>
        <translation>%1 is damaged: it cannot be read as a PDF.</translation>
    </message>
    <message>
        <source>%1 is protected by a password.</source>
        <translation>%1 is protected by a password.</translation>
    </message>
    <message>
        <source>%1 is damaged: page %2 cannot be read.</source>
        <translation>%1 is damaged: page %2 cannot be read.</translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation>%1 has no pages.</translation>
    </message>
    <message>
        <source>a pattern is required</source>
        <translation>a pattern is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pattern: %2</source>
        <translation>&quot;%1&quot; is not a valid pattern: %2</translation>
    </message>
    <message>
        <source>the profile has no rule &quot;%1&quot;</source>
        <translation>the profile has no rule &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 contains none of the tables of any template (%2): it is not a departmental final accounts disclosure.</source>
        <translation>%1 contains none of the tables of any template (%2): it is not a departmental final accounts disclosure.</translation>
    </message>
</context>
<context>
    <name>PdfImportDialog</name>
    <message>
        <source>Import PDF — %1</source>
        <translation>Import PDF — %1</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Only last year&apos;s figures: start the document of %1 with them</source>
        <translation>Only last year&apos;s figures: start the document of %1 with them</translation>
    </message>
    <message>
        <source>Create Document…</source>
        <translation>Create Document…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n table(s) read, %3 finding(s) of which %4 error(s). Figures that were not printed (budgets, last year&apos;s figures, 三公 details) stay unknown.</source>
        <translation>
            <numerusform>%1, %2: %n table read, %3 finding of which %4 error. Figures that were not printed (budgets, last year&apos;s figures, 三公 details) stay unknown.</numerusform>
            <numerusform>%1, %2: %n tables read, %3 findings of which %4 errors. Figures that were not printed (budgets, last year&apos;s figures, 三公 details) stay unknown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page %1: %n row(s), %2 figure(s)</source>
        <translation>
            <numerusform>page %1: %n row, %2 figure</numerusform>
            <numerusform>page %1: %n rows, %2 figures</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a published disclosure</source>
        <translation>Import a published disclosure</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Import PDF</source>
        <translation>Import PDF</translation>
    </message>
    <message>
        <source>The PDF follows the template:</source>
        <translation>The PDF follows the template:</translation>
    </message>
    <message>
        <source>Save the imported disclosure</source>
        <translation>Save the imported disclosure</translation>
    </message>
    <message>
        <source>Final accounts (*.fadb)</source>
        <translation>Final accounts (*.fadb)</translation>
    </message>
</context>
<context>
    <name>PerformanceFigures</name>
    <message>
        <source>projects with performance targets</source>
        <translation>projects with performance targets</translation>
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
    <name>ProfileCommands</name>
    <message>
        <source>base package</source>
        <translation>base package</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n fault(s); the package cannot be used.</source>
        <translation>
            <numerusform>%1: %n fault(s); the package cannot be used.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the package is sound.</source>
        <translation>%1: the package is sound.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Usage: final-accounts profile check DIR | profile schema DIR</source>
        <translation>Usage: final-accounts profile check DIR | profile schema DIR</translation>
    </message>
</context>
<context>
    <name>ProfileLists</name>
    <message>
        <source>rows are taken from &quot;%1&quot;, which has no items (%1.json)</source>
        <translation>rows are taken from &quot;%1&quot;, which has no items (%1.json)</translation>
    </message>
</context>
<context>
    <name>ProfilePackage</name>
    <message>
        <source>a text is required</source>
        <translation>a text is required</translation>
    </message>
    <message>
        <source>a year such as 2024 is required</source>
        <translation>a year such as 2024 is required</translation>
    </message>
    <message>
        <source>must be the id of another profile</source>
        <translation>must be the id of another profile</translation>
    </message>
    <message>
        <source>an id cannot contain a slash</source>
        <translation>an id cannot contain a slash</translation>
    </message>
    <message>
        <source>a profile needs tables.json or a base it extends</source>
        <translation>a profile needs tables.json or a base it extends</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>is not valid JSON at character %1: %2</source>
        <translation>is not valid JSON at character %1: %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>must be a JSON object</translation>
    </message>
</context>
<context>
    <name>ProfileSchemas</name>
    <message>
        <source>Cannot read the schema %1: %2</source>
        <translation>Cannot read the schema %1: %2</translation>
    </message>
    <message>
        <source>The schema %1 is broken: %2</source>
        <translation>The schema %1 is broken: %2</translation>
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
        <translation>Project funds (10k yuan)</translation>
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
        <translation>Actual value</translation>
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
        <translation>Full-year budget (10k yuan)</translation>
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
    <name>ReasonCatalog</name>
    <message>
        <source>%1 (not quoted by the explanations as they stand)</source>
        <translation>%1 (not quoted by the explanations as they stand)</translation>
    </message>
    <message>
        <source>A reason</source>
        <translation>A reason</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for this figure</source>
        <translation>Reason for this figure</translation>
    </message>
    <message>
        <source>The reason, as it should read in the explanations</source>
        <translation>The reason, as it should read in the explanations</translation>
    </message>
    <message>
        <source>Write the reasons for a figure</source>
        <translation>Write the reasons for a figure</translation>
    </message>
</context>
<context>
    <name>ReasonListModel</name>
    <message>
        <source>The document is read-only.</source>
        <translation>The document is read-only.</translation>
    </message>
    <message>
        <source>This text is not a reason the explanations quote.</source>
        <translation>This text is not a reason the explanations quote.</translation>
    </message>
    <message>
        <source>(to be written)</source>
        <translation>(to be written)</translation>
    </message>
    <message>
        <source>Explains</source>
        <translation>Explains</translation>
    </message>
    <message>
        <source>Reason or use</source>
        <translation>Reason or use</translation>
    </message>
</context>
<context>
    <name>ReasonsEditor</name>
    <message>
        <source>The reason or use, as it should read in the explanations</source>
        <translation>The reason or use, as it should read in the explanations</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
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
        <source>neither this profile nor the profiles it extends define the tables (tables.json)</source>
        <translation>neither this profile nor the profiles it extends define the tables (tables.json)</translation>
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
    <message>
        <source>Table %1: %2</source>
        <translation>Table %1: %2</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Open &amp;Folder…</translation>
    </message>
    <message>
        <source>Open a folder of documents and published PDFs to review</source>
        <translation>Open a folder of documents and published PDFs to review</translation>
    </message>
    <message>
        <source>Review every document and published PDF under a folder in one table</source>
        <translation>Review every document and published PDF under a folder in one table</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Usage: final-accounts review DIR [--json]
       final-accounts pdf-batch DIR -o OUTDIR [-j N] [--final]
</source>
        <translation>Usage: final-accounts review DIR [--json]
       final-accounts pdf-batch DIR -o OUTDIR [-j N] [--final]
</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>-j takes a number of threads from 1 to 256.</source>
        <translation>-j takes a number of threads from 1 to 256.</translation>
    </message>
</context>
<context>
    <name>ReviewMarkDelegate</name>
    <message>
        <source>R</source>
        <comment>badge: ready for review</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>A</source>
        <comment>badge: approved</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>!</source>
        <comment>badge: returned</comment>
        <translation>!</translation>
    </message>
    <message>
        <source>M</source>
        <comment>badge: modified since approval</comment>
        <translation>M</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Return for changes</source>
        <translation>Return for changes</translation>
    </message>
    <message>
        <source>What should be changed?</source>
        <translation>What should be changed?</translation>
    </message>
    <message>
        <source>Select the one section the comment is about.</source>
        <translation>Select the one section the comment is about.</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Add Comment</translation>
    </message>
    <message>
        <source>Comment on %1:</source>
        <translation>Comment on %1:</translation>
    </message>
    <message>
        <source>Select a comment first.</source>
        <translation>Select a comment first.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Valid (%n section(s))</source>
        <translation>
            <numerusform>Valid (%n section)</numerusform>
            <numerusform>Valid (%n sections)</numerusform>
        </translation>
    </message>
    <message>
        <source>Content changed since signing</source>
        <translation>Content changed since signing</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Submit the selected sections for review</source>
        <translation>Submit the selected sections for review</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <source>Add comment…</source>
        <translation>Add comment…</translation>
    </message>
    <message>
        <source>Resolve / reopen</source>
        <translation>Resolve / reopen</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Working as %1 (Settings › Name)</source>
        <translation>Working as %1 (Settings › Name)</translation>
    </message>
    <message>
        <source>%1 (no longer occurs)</source>
        <translation>%1 (no longer occurs)</translation>
    </message>
    <message>
        <source>Withdraw signature</source>
        <translation>Withdraw signature</translation>
    </message>
    <message>
        <source>Withdraws the selected signature; the sign-off block prints its role blank again</source>
        <translation>Withdraws the selected signature; the sign-off block prints its role blank again</translation>
    </message>
</context>
<context>
    <name>ReviewRow</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Unexplained warnings</source>
        <translation>Unexplained warnings</translation>
    </message>
    <message>
        <source>Empty reasons</source>
        <translation>Empty reasons</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Review status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Published PDF</source>
        <translation>Published PDF</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 tables read; %n check(s) left out: they need figures a PDF does not print.</source>
        <translation>
            <numerusform>%1 of %2 tables read; %n check(s) left out: they need figures a PDF does not print.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSections</name>
    <message>
        <source>Part 1 texts</source>
        <translation>Part 1 texts</translation>
    </message>
    <message>
        <source>Part 3 texts</source>
        <translation>Part 3 texts</translation>
    </message>
    <message>
        <source>Part 4 other matters</source>
        <translation>Part 4 other matters</translation>
    </message>
    <message>
        <source>Part 5 glossary</source>
        <translation>Part 5 glossary</translation>
    </message>
    <message>
        <source>Part %1 texts</source>
        <translation>Part %1 texts</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Reasons and uses</source>
        <translation>Reasons and uses</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
</context>
<context>
    <name>ReviewStatus</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>, %1 %2</source>
        <translation>, %1 %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>Ready for review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Modified since approval</source>
        <translation>Modified since approval</translation>
    </message>
</context>
<context>
    <name>ReviewSteps</name>
    <message>
        <source>The document is read-only.</source>
        <translation>The document is read-only.</translation>
    </message>
    <message>
        <source>Select the sections first.</source>
        <translation>Select the sections first.</translation>
    </message>
    <message>
        <source>A section is returned with a comment saying what to change.</source>
        <translation>A section is returned with a comment saying what to change.</translation>
    </message>
    <message>
        <source>The selected sections cannot be moved to %1 from where they stand.</source>
        <translation>The selected sections cannot be moved to %1 from where they stand.</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>The comment is empty.</translation>
    </message>
    <message>
        <source>Select a comment first.</source>
        <translation>Select a comment first.</translation>
    </message>
    <message>
        <source>A signature needs the signer&apos;s name.</source>
        <translation>A signature needs the signer&apos;s name.</translation>
    </message>
    <message>
        <source>Nothing is approved yet: a signature records the approved sections.</source>
        <translation>Nothing is approved yet: a signature records the approved sections.</translation>
    </message>
    <message>
        <source>Select a signature first.</source>
        <translation>Select a signature first.</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>A published PDF has no review status: it is unknown, not none.</source>
        <translation>A published PDF has no review status: it is unknown, not none.</translation>
    </message>
    <message>
        <source>A published PDF has no reasons to fill in: how many are empty is unknown, not 0.</source>
        <translation>A published PDF has no reasons to fill in: how many are empty is unknown, not 0.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Batch PDF…</source>
        <translation>Batch PDF…</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Review — %1</source>
        <translation>Review — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 of %2…</source>
        <translation>Reading %1 of %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n with audit errors</source>
        <translation>
            <numerusform>%n with audit errors</numerusform>
            <numerusform>%n with audit errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n could not be read</numerusform>
            <numerusform>%n could not be read</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Batch PDF: folder for the PDFs</source>
        <translation>Batch PDF: folder for the PDFs</translation>
    </message>
    <message>
        <source>Batch PDF</source>
        <translation>Batch PDF</translation>
    </message>
    <message>
        <source>Filter by file, kind, department, profile or message</source>
        <translation>Filter by file, kind, department, profile or message</translation>
    </message>
    <message>
        <source>Documents and published PDFs</source>
        <translation>Documents and published PDFs</translation>
    </message>
    <message numerus="yes">
        <source>%n published PDF(s)</source>
        <translation>
            <numerusform>%n published PDF(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWorkbook</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>RollForward</name>
    <message>
        <source>text %1</source>
        <translation>text %1</translation>
    </message>
    <message>
        <source>text %1 states figures of last year: check them</source>
        <translation>text %1 states figures of last year: check them</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) of last year (reasons, explanations) start empty</source>
        <translation>
            <numerusform>%n text of last year (reasons, explanations) start empty</numerusform>
            <numerusform>%n texts of last year (reasons, explanations) start empty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s), figures cleared: remove those that ended</source>
        <translation>
            <numerusform>%n project, figures cleared: remove those that ended</numerusform>
            <numerusform>%n projects, figures cleared: remove those that ended</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1 is not in the new template: its rows %2 were not carried</source>
        <translation>table %1 is not in the new template: its rows %2 were not carried</translation>
    </message>
    <message>
        <source>%1 %2 has no successor in the new code book (last year %3 万元)</source>
        <translation>%1 %2 has no successor in the new code book (last year %3 万元)</translation>
    </message>
    <message>
        <source>%1 %2 maps to %3, which the new code book does not have</source>
        <translation>%1 %2 maps to %3, which the new code book does not have</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (last year %4 万元)</source>
        <translation>%1 %2 → %3 (last year %4 万元)</translation>
    </message>
    <message>
        <source>%1 %2 was split into %3: divide last year&apos;s %4 万元 among them</source>
        <translation>%1 %2 was split into %3: divide last year&apos;s %4 万元 among them</translation>
    </message>
    <message>
        <source>%1 %2 is not in the new code book and has no mapping (last year %3 万元)</source>
        <translation>%1 %2 is not in the new code book and has no mapping (last year %3 万元)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n 科目 row(s)</source>
        <translation>
            <numerusform>%1: %n 科目 row</numerusform>
            <numerusform>%1: %n 科目 rows</numerusform>
        </translation>
    </message>
    <message>
        <source>the prior-year figure %1 has no source %2</source>
        <translation>the prior-year figure %1 has no source %2</translation>
    </message>
    <message>
        <source>%1 ← %2 %3: %4 万元</source>
        <translation>%1 ← %2 %3: %4 万元</translation>
    </message>
    <message>
        <source>Carried from %1: %2</source>
        <translation>Carried from %1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Carried:</source>
        <translation>Carried:</translation>
    </message>
    <message>
        <source>Mapped to new codes:</source>
        <translation>Mapped to new codes:</translation>
    </message>
    <message>
        <source>Left for you:</source>
        <translation>Left for you:</translation>
    </message>
    <message>
        <source>To review:</source>
        <translation>To review:</translation>
    </message>
    <message numerus="yes">
        <source>department %1 and its %n unit(s)</source>
        <translation>
            <numerusform>department %1 and its %n unit</numerusform>
            <numerusform>department %1 and its %n units</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapped from %1: %2</source>
        <translation>Mapped from %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 is not a JSON object: %2</translation>
    </message>
    <message>
        <source>rollforward.json: &quot;%1&quot; is not a cell of the form TABLE.ROW.COLUMN.</source>
        <translation>rollforward.json: &quot;%1&quot; is not a cell of the form TABLE.ROW.COLUMN.</translation>
    </message>
    <message>
        <source>codemap.json: the code %1 must map to a code, a list of codes or null.</source>
        <translation>codemap.json: the code %1 must map to a code, a list of codes or null.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; does not say how to start next year (rollforward.json).</source>
        <translation>The profile &quot;%1&quot; does not say how to start next year (rollforward.json).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell of the form TABLE.ROW.COLUMN</source>
        <translation>&quot;%1&quot; is not a cell of the form TABLE.ROW.COLUMN</translation>
    </message>
    <message>
        <source>the prior-year cell: %1</source>
        <translation>the prior-year cell: %1</translation>
    </message>
    <message>
        <source>the cell it comes from: %1</source>
        <translation>the cell it comes from: %1</translation>
    </message>
    <message>
        <source>the profile has no text &quot;%1&quot;</source>
        <translation>the profile has no text &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not an item (项) of the profile&apos;s code book</source>
        <translation>%1 is not an item (项) of the profile&apos;s code book</translation>
    </message>
</context>
<context>
    <name>RollupActions</name>
    <message>
        <source>Roll up again</source>
        <translation>Roll up again</translation>
    </message>
    <message>
        <source>Every unit file is as it was when the department was rolled up.</source>
        <translation>Every unit file is as it was when the department was rolled up.</translation>
    </message>
    <message>
        <source>Roll &amp;Up Units…</source>
        <translation>Roll &amp;Up Units…</translation>
    </message>
    <message>
        <source>Roll Up &amp;Again…</source>
        <translation>Roll Up &amp;Again…</translation>
    </message>
    <message>
        <source>&amp;Source Units…</source>
        <translation>&amp;Source Units…</translation>
    </message>
    <message>
        <source>Unit documents to roll up</source>
        <translation>Unit documents to roll up</translation>
    </message>
    <message>
        <source>Final accounts (*.fadb)</source>
        <translation>Final accounts (*.fadb)</translation>
    </message>
    <message>
        <source>Roll up units</source>
        <translation>Roll up units</translation>
    </message>
    <message>
        <source>Which document is the department&apos;s own (本级)? Its texts are taken.</source>
        <translation>Which document is the department&apos;s own (本级)? Its texts are taken.</translation>
    </message>
    <message>
        <source>Save the department&apos;s document as</source>
        <translation>Save the department&apos;s document as</translation>
    </message>
    <message>
        <source>Not rolled up</source>
        <translation>Not rolled up</translation>
    </message>
    <message>
        <source>%1 is both a unit file and the output.</source>
        <translation>%1 is both a unit file and the output.</translation>
    </message>
    <message>
        <source>Reading the unit documents…</source>
        <translation>Reading the unit documents…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Rolled up</source>
        <translation>Rolled up</translation>
    </message>
    <message>
        <source>The department&apos;s document was written to %1.</source>
        <translation>The department&apos;s document was written to %1.</translation>
    </message>
    <message>
        <source>Unit files changed</source>
        <translation>Unit files changed</translation>
    </message>
    <message>
        <source>Unit files changed after this department was rolled up:
%1

Roll up again? (Undo restores the figures as they are now.)</source>
        <translation>Unit files changed after this department was rolled up:
%1

Roll up again? (Undo restores the figures as they are now.)</translation>
    </message>
    <message>
        <source>Source units</source>
        <translation>Source units</translation>
    </message>
    <message>
        <source>Select a figure in one of the tables first.</source>
        <translation>Select a figure in one of the tables first.</translation>
    </message>
</context>
<context>
    <name>RollupFiles</name>
    <message>
        <source>Unknown profile &quot;%1&quot;; known: %2.</source>
        <translation>Unknown profile &quot;%1&quot;; known: %2.</translation>
    </message>
    <message>
        <source>The 本级 document %1 is not among the unit files.</source>
        <translation>The 本级 document %1 is not among the unit files.</translation>
    </message>
    <message>
        <source>There is no unit document to roll up.</source>
        <translation>There is no unit document to roll up.</translation>
    </message>
</context>
<context>
    <name>RollupRules</name>
    <message>
        <source>rollup.json: operations.kinds names &quot;%1&quot;, not 行政, 参公 or 事业</source>
        <translation>rollup.json: operations.kinds names &quot;%1&quot;, not 行政, 参公 or 事业</translation>
    </message>
    <message>
        <source>rollup.json: operations.sheet names %1, which the profile does not have</source>
        <translation>rollup.json: operations.sheet names %1, which the profile does not have</translation>
    </message>
    <message>
        <source>rollup.json: %1 names the column %2.%3, which the tables do not have</source>
        <translation>rollup.json: %1 names the column %2.%3, which the tables do not have</translation>
    </message>
</context>
<context>
    <name>RollupStatus</name>
    <message>
        <source>%1 (%2) is missing.</source>
        <translation>%1 (%2) is missing.</translation>
    </message>
    <message>
        <source>%1 (%2) has changed since the roll-up.</source>
        <translation>%1 (%2) has changed since the roll-up.</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>a rule needs an id</source>
        <translation>a rule needs an id</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unknown kind &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; (error, warning or info)</source>
        <translation>unknown severity &quot;%1&quot; (error, warning or info)</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot; (=, &lt;=, &gt;=, &lt; or &gt;)</source>
        <translation>unknown operator &quot;%1&quot; (=, &lt;=, &gt;=, &lt; or &gt;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a table with classification rows nor &quot;@projects&quot;</source>
        <translation>&quot;%1&quot; is neither a table with classification rows nor &quot;@projects&quot;</translation>
    </message>
    <message>
        <source>a rule needs a message</source>
        <translation>a rule needs a message</translation>
    </message>
    <message>
        <source>unknown tolerance &quot;%1&quot; (&quot;tail&quot; or none)</source>
        <translation>unknown tolerance &quot;%1&quot; (&quot;tail&quot; or none)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 款 of the functional classification</source>
        <translation>&quot;%1&quot; is not a 款 of the functional classification</translation>
    </message>
</context>
<context>
    <name>RuleExpression</name>
    <message>
        <source>&quot;%1&quot;: two operators in a row</source>
        <translation>&quot;%1&quot;: two operators in a row</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a cell, an amount nor a document fact</source>
        <translation>&quot;%1&quot; is neither a cell, an amount nor a document fact</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no term at its end</source>
        <translation>&quot;%1&quot; has no term at its end</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document fact</source>
        <translation>&quot;%1&quot; is not a document fact</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a rule that runs over the projects (&quot;each&quot;: &quot;@projects&quot;)</source>
        <translation>&quot;%1&quot; needs a rule that runs over the projects (&quot;each&quot;: &quot;@projects&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no table or sheet &quot;%2&quot;</source>
        <translation>&quot;%1&quot;: there is no table or sheet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses {code} in a rule that does not run over a table&apos;s rows</source>
        <translation>&quot;%1&quot; uses {code} in a rule that does not run over a table&apos;s rows</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 has no row &quot;%3&quot;</source>
        <translation>&quot;%1&quot;: %2 has no row &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 has no column &quot;%3&quot;</source>
        <translation>&quot;%1&quot;: %2 has no column &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an operator is missing before &quot;%2&quot;</source>
        <translation>&quot;%1&quot;: an operator is missing before &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Rulebook</name>
    <message>
        <source>The text audit of profile %1 cannot run: %2</source>
        <translation>The text audit of profile %1 cannot run: %2</translation>
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
        <translation>A score needs a weight (分值) on the same row.</translation>
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
    <name>SignDialog</name>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>The signature records the sections approved now. A later change to one of them shows the signature as no longer covering the content.</source>
        <translation>The signature records the sections approved now. A later change to one of them shows the signature as no longer covering the content.</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>SignoffActions</name>
    <message>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Mark as %1</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>Return for changes</translation>
    </message>
    <message>
        <source>What should be changed?</source>
        <translation>What should be changed?</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Add comment…</source>
        <translation>Add comment…</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Add Comment</translation>
    </message>
    <message>
        <source>Comment on %1:</source>
        <translation>Comment on %1:</translation>
    </message>
    <message>
        <source>Comment on cell %1:</source>
        <translation>Comment on cell %1:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Review and Sign-off</source>
        <translation>Review and Sign-off</translation>
    </message>
    <message>
        <source>&amp;Name…</source>
        <translation>&amp;Name…</translation>
    </message>
    <message>
        <source>Comment on the audit finding:
%1</source>
        <translation>Comment on the audit finding:
%1</translation>
    </message>
    <message>
        <source>Your name, as the change history, review steps, comments and signatures record it:</source>
        <translation>Your name, as the change history, review steps, comments and signatures record it:</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Source units</source>
        <translation>Source units</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 — %2 unit(s); amounts in 万元.</source>
        <translation>%1 — %2 unit(s); amounts in 万元.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1, own unit</source>
        <translation>%1, own unit</translation>
    </message>
    <message>
        <source>Internal transfers eliminated</source>
        <translation>Internal transfers eliminated</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
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
    <message>
        <source>unit &quot;%1&quot; is of kind &quot;%2&quot;, not 行政, 参公 or 事业</source>
        <translation>unit &quot;%1&quot; is of kind &quot;%2&quot;, not 行政, 参公 or 事业</translation>
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
    <message>
        <source>The explanations ask no reason for this figure</source>
        <translation>The explanations ask no reason for this figure</translation>
    </message>
    <message>
        <source>Write the reason for this figure…</source>
        <translation>Write the reason for this figure…</translation>
    </message>
    <message>
        <source>Add a comment on this cell…</source>
        <translation>Add a comment on this cell…</translation>
    </message>
    <message>
        <source>Show the Changes of This Figure…</source>
        <translation>Show the Changes of This Figure…</translation>
    </message>
</context>
<context>
    <name>TableFormModel</name>
    <message>
        <source>Only amounts can be typed here.</source>
        <translation>Only amounts can be typed here.</translation>
    </message>
    <message>
        <source>#out of range</source>
        <translation>#out of range</translation>
    </message>
    <message>
        <source>Out of range: this sum is beyond ±1,000,000,000,000 元 and cannot be computed. Check the amounts it adds.
</source>
        <translation>Out of range: this sum is beyond ±1,000,000,000,000 元 and cannot be computed. Check the amounts it adds.
</translation>
    </message>
    <message>
        <source>Unknown: this figure has not been entered. Type 0 if it is zero.</source>
        <translation>Unknown: this figure has not been entered. Type 0 if it is zero.</translation>
    </message>
    <message>
        <source>Unknown: computed from a figure that has not been entered.</source>
        <translation>Unknown: computed from a figure that has not been entered.</translation>
    </message>
    <message>
        <source>%1 〔%2〕</source>
        <translation>%1 〔%2〕</translation>
    </message>
    <message>
        <source>%1
A 科目 of %2</source>
        <translation>%1
A 科目 of %2</translation>
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
        <source>the profile &quot;%1&quot; is already defined in %2</source>
        <translation>the profile &quot;%1&quot; is already defined in %2</translation>
    </message>
    <message>
        <source>No profile could be loaded.</source>
        <translation>No profile could be loaded.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>user folder</source>
        <translation>user folder</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;</source>
        <translation>there is no profile &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; extends itself</source>
        <translation>&quot;%1&quot; extends itself</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 is not valid JSON: %2</translation>
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
    <message>
        <source>Edit project %1: %2</source>
        <translation>Edit project %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s) in %1</source>
        <translation>
            <numerusform>Clear %n cell in %1</numerusform>
            <numerusform>Clear %n cells in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n cell(s) from Excel</source>
        <translation>
            <numerusform>Import %n cell from Excel</numerusform>
            <numerusform>Import %n cells from Excel</numerusform>
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
    <message>
        <source>Roll up the units again</source>
        <translation>Roll up the units again</translation>
    </message>
    <message numerus="yes">
        <source>Import %n cell(s) and %1 self-evaluation form(s) from Excel</source>
        <translation>
            <numerusform>Import %n cell and %1 self-evaluation form(s) from Excel</numerusform>
            <numerusform>Import %n cells and %1 self-evaluation form(s) from Excel</numerusform>
        </translation>
    </message>
    <message>
        <source>Review: %1 → %2</source>
        <translation>Review: %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Review: %n sections → %1</source>
        <translation>
            <numerusform>Review: %n section → %1</numerusform>
            <numerusform>Review: %n sections → %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Resolve comment</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Reopen comment</translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation>Sign as %1</translation>
    </message>
    <message>
        <source>Withdraw signature of %1</source>
        <translation>Withdraw signature of %1</translation>
    </message>
</context>
<context>
    <name>UnitFiles</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 uses the profile &quot;%2&quot;, which this installation does not have.</source>
        <translation>%1 uses the profile &quot;%2&quot;, which this installation does not have.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 is listed twice.</translation>
    </message>
    <message>
        <source>%1 is of the profile &quot;%2&quot;, the department of &quot;%3&quot;: documents of different profiles cannot be rolled up together.</source>
        <translation>%1 is of the profile &quot;%2&quot;, the department of &quot;%3&quot;: documents of different profiles cannot be rolled up together.</translation>
    </message>
    <message>
        <source>%1 is for %2, %3 for %4: documents of different years cannot be rolled up together.</source>
        <translation>%1 is for %2, %3 for %4: documents of different years cannot be rolled up together.</translation>
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
        <source>A clause with &quot;join&quot; can have neither &quot;repeat&quot; nor &quot;cases&quot;.</source>
        <translation>A clause with &quot;join&quot; can have neither &quot;repeat&quot; nor &quot;cases&quot;.</translation>
    </message>
    <message>
        <source>A repeat over a list needs the part it comes from: {&quot;list&quot;: &quot;vehicles&quot;}.</source>
        <translation>A repeat over a list needs the part it comes from: {&quot;list&quot;: &quot;vehicles&quot;}.</translation>
    </message>
    <message>
        <source>&quot;repeat&quot; must be &quot;projects&quot;, &quot;outputs&quot;, &quot;units&quot;, {&quot;rows&quot;: …} or {&quot;list&quot;: …}.</source>
        <translation>&quot;repeat&quot; must be &quot;projects&quot;, &quot;outputs&quot;, &quot;units&quot;, {&quot;rows&quot;: …} or {&quot;list&quot;: …}.</translation>
    </message>
</context>
<context>
    <name>WorkbookImport</name>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; is not a whole number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot; is too large</translation>
    </message>
    <message>
        <source>%1: not found in the workbook</source>
        <translation>%1: not found in the workbook</translation>
    </message>
    <message numerus="yes">
        <source>%1 (sheet &quot;%2&quot;): %n figure(s) read</source>
        <translation>
            <numerusform>%1 (sheet &quot;%2&quot;): %n figure read</numerusform>
            <numerusform>%1 (sheet &quot;%2&quot;): %n figures read</numerusform>
        </translation>
    </message>
    <message>
        <source>new row %1</source>
        <translation>new row %1</translation>
    </message>
    <message>
        <source>no such row: %1</source>
        <translation>no such row: %1</translation>
    </message>
    <message>
        <source>no such column: %1</source>
        <translation>no such column: %1</translation>
    </message>
    <message>
        <source>column not in the workbook: %1</source>
        <translation>column not in the workbook: %1</translation>
    </message>
    <message>
        <source>%1: %2 in the document, %3 in the workbook</source>
        <translation>%1: %2 in the document, %3 in the workbook</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;; known: %2.</source>
        <translation>Unknown template &quot;%1&quot;; known: %2.</translation>
    </message>
    <message>
        <source>No table of the template &quot;%1&quot; was found in the workbook.</source>
        <translation>No table of the template &quot;%1&quot; was found in the workbook.</translation>
    </message>
    <message>
        <source>The workbook does not name the department (编制单位).</source>
        <translation>The workbook does not name the department (编制单位).</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; is not a number</source>
        <translation>%1 %2: &quot;%3&quot; is not a number</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; is too large</source>
        <translation>%1 %2: &quot;%3&quot; is too large</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; is not a 二级指标 of the form</source>
        <translation>%1 %2: &quot;%3&quot; is not a second-level indicator (二级指标) of the form</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n form(s) read</source>
        <translation>
            <numerusform>%1: %n form read</numerusform>
            <numerusform>%1: %n forms read</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a form without 项目名称, not read</source>
        <translation>%1: a form without 项目名称, not read</translation>
    </message>
    <message>
        <source>new project %1 (%2)</source>
        <translation>new project %1 (%2)</translation>
    </message>
    <message>
        <source>replaces the project of the same name: %1 (%2)</source>
        <translation>replaces the project of the same name: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2): as in the document</source>
        <translation>%1 (%2): as in the document</translation>
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
    <message>
        <source>Review: %1 ready for review · %2 approved · %3 returned · %4 modified since approval; no badge: draft</source>
        <translation>Review: %1 ready for review · %2 approved · %3 returned · %4 modified since approval; no badge: draft</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Cannot replace %1.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx).</source>
        <translation>%1 is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>%1 is not an Excel workbook (.xlsx), or it is damaged.</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of sheets cannot be read.</source>
        <translation>%1 is damaged: its list of sheets cannot be read.</translation>
    </message>
    <message>
        <source>%1 is damaged: its texts cannot be read.</source>
        <translation>%1 is damaged: its texts cannot be read.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &quot;%2&quot; cannot be read.</source>
        <translation>%1 is damaged: the sheet &quot;%2&quot; cannot be read.</translation>
    </message>
    <message>
        <source>%1 has no worksheets.</source>
        <translation>%1 has no worksheets.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Final Accounts Editor</source>
        <translation>Final Accounts Editor</translation>
    </message>
    <message>
        <source>Some profile packages are broken and were not loaded; the other profiles can be used.</source>
        <translation>Some profile packages are broken and were not loaded; the other profiles can be used.</translation>
    </message>
    <message>
        <source>there is no display to open the editor on; the commands work without one (final-accounts help).</source>
        <translation>there is no display to open the editor on; the commands work without one (final-accounts help).</translation>
    </message>
</context>
</TS>
