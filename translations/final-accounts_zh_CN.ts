<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <message>
        <source>The figures of rule %1 are too large to compute; the rule cannot be checked.</source>
        <translation>规则 %1 的数额过大，无法计算，该规则无法核对。</translation>
    </message>
    <message>
        <source>These figures add up beyond ±1,000,000,000,000 元 and cannot be computed: check the amounts they add.</source>
        <translation>这些数字合计超出 ±1,000,000,000,000 元，无法计算：请检查参与合计的金额。</translation>
    </message>
    <message>
        <source>%1未填写，无法比较；请填写该数（确为零的填 0）。</source>
        <translation>%1未填写，无法比较；请填写该数（确为零的填 0）。</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>The template &quot;%1&quot; has no audit rules: there is nothing to check.</source>
        <translation>模板“%1”没有审核规则，无从审核。</translation>
    </message>
</context>
<context>
    <name>AuditDock</name>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>&amp;Explanation of this warning:</source>
        <translation>出错说明(&amp;E)：</translation>
    </message>
    <message>
        <source>Why the figures are right as they stand; a reason the narrative shares is written only once</source>
        <translation>说明这一警告的原因；与情况说明共用的原因只需填写一次</translation>
    </message>
    <message>
        <source>&amp;Reason, as the explanations will quote it:</source>
        <translation>原因（说明中将引用）(&amp;R)：</translation>
    </message>
    <message>
        <source>Add Comment…</source>
        <translation>添加批注…</translation>
    </message>
    <message>
        <source>Show Comments</source>
        <translation>查看批注</translation>
    </message>
</context>
<context>
    <name>BatchPdf</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>BatchPdfDialog</name>
    <message>
        <source>Batch PDF</source>
        <translation>批量导出 PDF</translation>
    </message>
    <message>
        <source>%1 of %2 documents done: %3</source>
        <translation>已完成 %1 / %2 个文档：%3</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n PDF(s)…</source>
        <translation>
            <numerusform>正在生成 %n 个 PDF…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n PDF(s) written.</source>
        <translation>
            <numerusform>%n 个 PDF 中已生成 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n document(s) were not exported; no file was left half written.</source>
        <translation>
            <numerusform>已取消：%n 个文档未导出；没有留下写了一半的文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetKinds</name>
    <message>
        <source>the budget kind &quot;%1&quot; names no columns</source>
        <translation>预算口径“%1”未指定任何列</translation>
    </message>
    <message>
        <source>there is no budget kind &quot;%1&quot; (budgets.json: %2)</source>
        <translation>没有预算口径“%1”（budgets.json：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no budget placeholder ({budget} or {budget:NAME})</source>
        <translation>“%1”不是预算占位符（应为 {budget} 或 {budget:名称}）</translation>
    </message>
    <message>
        <source>%1 needs a budget kind (&quot;budget&quot;: %2)</source>
        <translation>%1 需要指定预算口径（&quot;budget&quot;：%2）</translation>
    </message>
    <message>
        <source>the budget kind &quot;%1&quot; has no column &quot;%2&quot; (budgets.json)</source>
        <translation>预算口径“%1”没有列“%2”（budgets.json）</translation>
    </message>
    <message>
        <source>%1: this profile has no budget kinds (budgets.json)</source>
        <translation>%1：此模板未定义预算口径（budgets.json）</translation>
    </message>
</context>
<context>
    <name>BudgetUnit</name>
    <message>
        <source>A unit needs a name.</source>
        <translation>单位名称不能为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the kind of unit must be 行政, 参公 or 事业, optionally followed by 并入本级.</source>
        <translation>“%1”：单位性质必须是 行政、参公 或 事业，其后可加“并入本级”。</translation>
    </message>
</context>
<context>
    <name>ChartDef</name>
    <message>
        <source>a chart needs an id</source>
        <translation>图表缺少 id</translation>
    </message>
    <message>
        <source>a chart needs a title</source>
        <translation>图表缺少标题</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (pie, donut, comparison, classes or projects)</source>
        <translation>未知的图表类型“%1”（应为 pie、donut、comparison、classes 或 projects）</translation>
    </message>
    <message>
        <source>a pie needs a list of figures</source>
        <translation>饼图需要列出数据（slices）</translation>
    </message>
    <message>
        <source>a slice is one cell</source>
        <translation>饼图的每一块只能是一个单元格</translation>
    </message>
    <message>
        <source>a comparison needs a list of pairs</source>
        <translation>对比图需要列出对比项（pairs）</translation>
    </message>
    <message>
        <source>a pair needs a label</source>
        <translation>对比项缺少名称（label）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table with classification rows</source>
        <translation>“%1”不是含功能分类科目行的表</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;</source>
        <translation>%1 没有“%2”列</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>The figures of rule %1 are too large to compute; the rule cannot be checked.</source>
        <translation>规则 %1 的数额过大，无法计算，该规则无法核对。</translation>
    </message>
</context>
<context>
    <name>ClassRowBar</name>
    <message>
        <source>Code or name of a 项, e.g. 2010601 or 行政运行</source>
        <translation>项级科目编码或名称，如 2010601 或 行政运行</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Removes the selected 项 row and its figures (undoable)</source>
        <translation>删除所选项级科目行及其数字（可撤销）</translation>
    </message>
    <message>
        <source>%1 is not a 项 code of %2. Type 7 digits or pick a name from the list.</source>
        <translation>%1 不是《%2》中的项级科目编码。请输入 7 位编码，或从列表中选择名称。</translation>
    </message>
    <message>
        <source>%1 %2 is already in this table.</source>
        <translation>%1 %2 已在本表中。</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>文档为只读。</translation>
    </message>
    <message>
        <source>Select a cell of the 项 row to remove; 类 and 款 rows go with their last 项.</source>
        <translation>请选中要删除的项级科目行中的单元格；类、款行随其最后一个项一并删除。</translation>
    </message>
    <message>
        <source>%1 %2 still has figures in %3.</source>
        <translation>%1 %2 在%3中还有数字。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Remove it from every table that lists it, with those figures, or only from this table? Either can be undone.</source>
        <translation>是从列有该科目的所有表中连同这些数字一并删除，还是只从本表删除？两种操作都可以撤销。</translation>
    </message>
    <message>
        <source>Remove from every table</source>
        <translation>从所有表中删除</translation>
    </message>
    <message>
        <source>Only from this table</source>
        <translation>只从本表删除</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>资金性质(&amp;F)：</translation>
    </message>
    <message>
        <source>The fund the 科目 belongs to: it appears in every table that lists this fund&apos;s 科目</source>
        <translation>科目所属的资金性质：科目将出现在列示该类资金科目的每一张表中</translation>
    </message>
    <message>
        <source>%1 %2 is already a 科目 of %3 in %4. Add it under that fund, or remove it from %4 first.</source>
        <translation>%1 %2 已作为%3科目列在%4中。请按该资金性质添加，或先从%4中删除该科目。</translation>
    </message>
</context>
<context>
    <name>CodeBook</name>
    <message>
        <source>Code book %1: bad or repeated entry &quot;%2&quot;.</source>
        <translation>科目表 %1：条目“%2”有误或重复。</translation>
    </message>
    <message>
        <source>Code book %1: %2 has no parent %3.</source>
        <translation>科目表 %1：%2 缺少上级科目 %3。</translation>
    </message>
    <message>
        <source>A code book has no id or no entries.</source>
        <translation>科目表缺少标识或没有条目。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write to &lt;file&gt;.</source>
        <translation>写入 &lt;file&gt;。</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>输出文件已存在时覆盖。</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;; known: %2.</source>
        <translation>未知模板“%1”；已有：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>“%1”不是年份。</translation>
    </message>
    <message>
        <source>The kind must be 行政, 参公 or 事业.</source>
        <translation>单位性质必须是 行政、参公 或 事业。</translation>
    </message>
    <message>
        <source>The department needs a name.</source>
        <translation>部门名称不能为空。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s); nothing was created.</source>
        <translation>
            <numerusform>%n 个错误；未创建任何文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot;; the tables are T1 to T9.</source>
        <translation>没有表“%1”；表为 T1 至 T9。</translation>
    </message>
    <message>
        <source>Export as final: no draft watermark.</source>
        <translation>作为正式版导出：不加“草稿”水印。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s) written to %2.</source>
        <translation>
            <numerusform>已将 %n 个文档中的 %1 个写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no bundled sample for template &quot;%1&quot;.</source>
        <translation>模板“%1”没有内置样例。</translation>
    </message>
    <message>
        <source>%1: not exported as final; export it without --final as a draft, or deal first with:</source>
        <translation>%1：未按终稿导出；请去掉 --final 按初稿导出，或先处理以下各项：</translation>
    </message>
    <message>
        <source>  empty reason: %1</source>
        <translation>  待填写原因：%1</translation>
    </message>
    <message>
        <source>  audit error: %1</source>
        <translation>  审核错误：%1</translation>
    </message>
    <message>
        <source>%1 is both a unit file and the output.</source>
        <translation>%1 既是单位文件又是输出文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days.</source>
        <translation>“%1”不是天数。</translation>
    </message>
    <message>
        <source>History compacted: %1 entries before, %2 now.</source>
        <translation>修改记录已压缩：原有 %1 条，现有 %2 条。</translation>
    </message>
    <message>
        <source>  not approved: %1</source>
        <translation>  未审核通过：%1</translation>
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
        <translation>用法：final-accounts [FILE.fadb]            打开编辑器
      final-accounts 命令 [参数]

命令：
  sample [--template ID] -o FILE.fadb [--force]
                                          写出该模板的内置样例文档
  new --template ID --department NAME --year YYYY [--kind 行政|参公|事业]
      -o FILE.fadb [--force]              新建空文档
  import FILE.json -o FILE.fadb [--force] 由交换格式 JSON 创建文档
  import FILE.xlsx [--template ID] -o FILE.fadb [--force]  由 Excel 工作簿创建文档
  import FILE.pdf [--template ID] [--prior] -o FILE.fadb [--force]
                                          由已公开的 PDF 创建文档（--prior：只取作下一年度的
                                          上年数）
  audit FILE.pdf [--template ID] [--json] 审核已公开 PDF 的表格和文字
  export FILE.fadb [-o FILE.json]         写出交换格式 JSON（默认写到标准输出）
  tables FILE.fadb [--table T1…T9]        以 TSV 输出计算后的各表
  narrative FILE.fadb                     以文本输出第一、三、四、五部分
  audit FILE.fadb [--text FILE.txt] [--json]  审核表格和文字（退出状态 0 无问题，1 有警告，2 有错误，
                                          3 审核无法运行）
  pdf FILE.fadb -o OUT.pdf [--final]      将公开文档打印为 PDF（审核有错误时加草稿水印；
                                          --final 在仍有错误或待填写的原因时拒绝导出）
  pdf DIR -o OUTDIR [--final]             对文件夹中的每个 .fadb 执行同样操作
  odt FILE.fadb -o OUT.odt                将公开文档导出为 OpenDocument 文本（也可 DIR -o OUTDIR）
  profiles                                列出各模板包及其来源
  profile check DIR                       检查模板包（逐条列出错误所在的文件和位置）
  profile schema DIR                      将模板包的 JSON 结构定义（Schema）写入 DIR
                                          （供 VS Code 等编辑器使用）
  xlsx FILE.fadb -o FILE.xlsx             将各表导出为 Excel 工作簿
  compare A.fadb B.fadb [--json] [-o OUT.pdf]  变动的录入数、计算数及情况说明修订对照
  rollforward FILE.fadb --year YYYY [--template ID] [--codemap FILE.json] -o NEW.fadb [--force]
                                          由本文档新建下一年度文档
  rollup UNIT.fadb... -o DEPT.fadb [--template ID] [--main UNIT.fadb] [--force]
                                          由下属单位文件汇总部门决算文件（汇总）
  review DIR [--json]                     在一张表中列出文件夹下的全部决算文档和已公开 PDF
                                          （有文件无法读取时退出状态为 1）
  pdf-batch DIR -o OUTDIR [-j N] [--final]  将文件夹下的全部文档导出为 PDF，同时处理 N 个
  history FILE.fadb [--json] [--cell REF] [--user NAME] | --compact --keep-days N
                                          列出修改记录，或压缩较早的记录
  help                                    显示本说明

所有命令和编辑器都可加 --profiles 目录（可重复）：除内置和用户文件夹中的模板包外，
再从该目录加载模板包。
模板：%1
退出状态：0 成功，1 失败，64 参数错误；audit 无法运行时为 3。
</translation>
    </message>
</context>
<context>
    <name>CommentTarget</name>
    <message>
        <source>Audit finding %1</source>
        <translation>审核问题 %1</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Compare: %1 and %2</source>
        <translation>比较：%1 与 %2</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>未能写出 PDF</translation>
    </message>
    <message>
        <source>Export the comparison as PDF</source>
        <translation>将比较结果导出为 PDF</translation>
    </message>
    <message>
        <source>comparison.pdf</source>
        <translation>比较结果.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ComparisonPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2</source>
        <translation>%1 与 %2 的比较</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>比较 %1 与 %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <source>input</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>计算</translation>
    </message>
    <message>
        <source># Narrative, changed paragraphs ([-removed-] {+added+})</source>
        <translation># 情况说明中有变化的段落（[-删除-] {+新增+}）</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Before: %1. After: %2.</source>
        <translation>原：%1。现：%2。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>栏</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原数</translation>
    </message>
    <message>
        <source>After</source>
        <translation>现数</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>Inputs changed</source>
        <translation>变动的录入数</translation>
    </message>
    <message>
        <source>Derived figures changed as a consequence</source>
        <translation>随之变动的计算数</translation>
    </message>
    <message>
        <source>Narrative (blackline)</source>
        <translation>情况说明（修订对照）</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>Condition &quot;%1&quot;: cannot read &quot;%2&quot;.</source>
        <translation>条件“%1”：无法读取“%2”。</translation>
    </message>
</context>
<context>
    <name>DepartmentEditor</name>
    <message>
        <source>Department name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>部门编码</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Kind of the own unit (本级)</source>
        <translation>本级单位性质</translation>
    </message>
    <message>
        <source>Units (one per line: name, 行政/参公/事业, optionally 并入本级)</source>
        <translation>决算单位（每行一个：名称，行政/参公/事业，可加“并入本级”）</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Publication date (on the cover)</source>
        <translation>公开日期（印在封面）</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已确定</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>Leave it unchecked until the day is fixed: the cover then shows no date.</source>
        <translation>公开日期确定前请不要勾选：封面届时不印日期。</translation>
    </message>
</context>
<context>
    <name>DepartmentRollup</name>
    <message>
        <source>%1: %2 holds a negative value, which is not allowed there.</source>
        <translation>%1：%2 为负数，此处不允许负数。</translation>
    </message>
    <message>
        <source>The sum of %1 exceeds the amount range when %2 is added.</source>
        <translation>加入 %2 后，%1 的合计超出金额范围。</translation>
    </message>
    <message>
        <source>%1 is a %2 unit: its 机关运行经费 of %3 万元 is not counted.</source>
        <translation>%1 为%2单位，其机关运行经费 %3 万元不计入。</translation>
    </message>
    <message>
        <source>%1 is left blank (unknown): %2 has no figure for it.</source>
        <translation>%1 留空（未知）：%2 未填列该数。</translation>
    </message>
    <message>
        <source>There is no unit document to roll up.</source>
        <translation>没有可汇总的单位文件。</translation>
    </message>
    <message numerus="yes">
        <source>Rolled up %n unit(s):</source>
        <translation>
            <numerusform>已汇总 %n 个单位：</numerusform>
        </translation>
    </message>
    <message>
        <source>本级</source>
        <translation>本级</translation>
    </message>
    <message>
        <source>%1: paid %2 万元, received %3 万元, eliminated %4 万元.</source>
        <translation>%1：支出方 %2 万元，收入方 %3 万元，已抵消 %4 万元。</translation>
    </message>
    <message>
        <source>%1: paid %2 万元, received %3 万元, not eliminated (the profile keeps both).</source>
        <translation>%1：支出方 %2 万元，收入方 %3 万元，未抵消（模板规定两方均保留）。</translation>
    </message>
</context>
<context>
    <name>DisclosureExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot draw the PDF %1.</source>
        <translation>无法绘制 PDF %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>DisclosurePrinter</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export ODT</source>
        <translation>导出 ODT</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Template %1 cannot be used: %2</source>
        <translation>模板 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>There is no cell %1.</source>
        <translation>没有单元格 %1。</translation>
    </message>
    <message>
        <source>This cell is computed and cannot be typed into.</source>
        <translation>此单元格由公式计算，不能录入。</translation>
    </message>
    <message>
        <source>A negative value is not allowed here.</source>
        <translation>此处不允许负数。</translation>
    </message>
    <message>
        <source>The value is too large.</source>
        <translation>数值过大。</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>文档为只读。</translation>
    </message>
    <message>
        <source>The last change could not be saved to %1: %2. The document is now read-only; save a copy to keep your work.</source>
        <translation>最近的修改未能保存到 %1：%2。文档现为只读；请另存副本以保留工作成果。</translation>
    </message>
    <message>
        <source>The document has no file to keep a history in.</source>
        <translation>文档没有保存修改记录的文件。</translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <source>%1 uses the template &quot;%2&quot;, which this installation does not have (it has: %3).</source>
        <translation>%1 使用模板“%2”，本机未安装该模板（已有：%3）。</translation>
    </message>
    <message>
        <source>%1 is already open in another window or program, so it was opened read-only. Close it there to edit it here.</source>
        <translation>%1 已在其他窗口或程序中打开，因此以只读方式打开。请在那里关闭后再在此编辑。</translation>
    </message>
    <message>
        <source>%1 is read-only, so it was opened read-only. Save a copy to edit it.</source>
        <translation>%1 是只读文件，因此以只读方式打开。请另存副本后编辑。</translation>
    </message>
    <message>
        <source>The document is damaged: cell %1 holds %2. %3</source>
        <translation>文档已损坏：单元格 %1 的值为 %2。%3</translation>
    </message>
    <message>
        <source>%1 was opened only to be read.</source>
        <translation>%1 以只读方式打开，仅供查阅。</translation>
    </message>
</context>
<context>
    <name>DocumentPath</name>
    <message>
        <source>%1 is a link that leads back to itself, not a document file.</source>
        <translation>%1 是一个指回自身的链接，不是文档文件。</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist.</source>
        <translation>%1 是指向 %2 的链接，而 %2 不存在。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a document file.</source>
        <translation>%1 是文件夹，不是文档文件。</translation>
    </message>
    <message>
        <source>%1 is not a document file (it is a pipe, a socket or a device).</source>
        <translation>%1 不是文档文件（它是管道、套接字或设备）。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); it holds no document.</source>
        <translation>%1 是空文件（0 字节），其中没有文档。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Final Accounts document (it is not an SQLite database at all).</source>
        <translation>%1 不是决算文档（它根本不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>%1-wal beside %1 belongs to another file that was at this path before. Move it away and open the document again.</source>
        <translation>%1 旁边的 %1-wal 属于先前在此位置的另一个文件。请将其移走后重新打开文档。</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>The SQLite driver of Qt is not installed, so no document can be opened.</source>
        <translation>未安装 Qt 的 SQLite 驱动，无法打开任何文档。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 已损坏，无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Final Accounts document.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是决算文档。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Final Accounts Editor (file format %2; this version reads up to %3). Install the newer version to open it; the file was not changed.</source>
        <translation>%1 由更新版本的决算编辑器写入（文件格式 %2；本版本最高可读 %3）。请安装新版本后打开；文件未被改动。</translation>
    </message>
    <message>
        <source>%1 is damaged: the database integrity check failed. Open a backup copy instead.</source>
        <translation>%1 已损坏：数据库完整性检查未通过。请改为打开备份副本。</translation>
    </message>
    <message>
        <source>%1 contains triggers or views that Final Accounts Editor never writes; it was not opened.</source>
        <translation>%1 含有决算编辑器从不写入的触发器或视图，未予打开。</translation>
    </message>
    <message>
        <source>%1 is in an older file format and must be upgraded, but it is read-only.</source>
        <translation>%1 为旧版文件格式，需要升级，但该文件为只读。</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2</source>
        <translation>%1 无法升级：%2</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed, so no document can be written.</source>
        <translation>未安装 Qt 的 SQLite 驱动，无法写入任何文档。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>%1 is open in another window or program and cannot be replaced.</source>
        <translation>%1 已在其他窗口或程序中打开，无法替换。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>文档为只读。</translation>
    </message>
    <message>
        <source>the file names no template</source>
        <translation>文件未指明模板</translation>
    </message>
    <message>
        <source>%1 is in use by another program, which holds a lock on it. Close it there and open the document again.</source>
        <translation>%1 正被另一个程序使用并锁定。请在该程序中关闭后重新打开文档。</translation>
    </message>
    <message>
        <source>%1 was not closed properly, and its last changes can only be recovered with write access, but the file or its folder is read-only. Open it where it may be written.</source>
        <translation>%1 上次未正常关闭，最后的修改需要写权限才能恢复，但该文件或其所在文件夹为只读。请在可写的位置打开。</translation>
    </message>
    <message>
        <source>%1 is damaged: its file format number %2 is not one that exists.</source>
        <translation>%1 已损坏：其文件格式编号 %2 并不存在。</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened: %2.</source>
        <translation>%1 已损坏，未予打开：%2。</translation>
    </message>
    <message>
        <source>%1 is in use by another program, so it was opened read-only. Close it there and open the document again to edit it.</source>
        <translation>%1 正被另一个程序使用，因此以只读方式打开。请在该程序中关闭后重新打开文档再编辑。</translation>
    </message>
    <message>
        <source>%1 was opened read-only: the file system does not allow its write-ahead log (%2).</source>
        <translation>%1 以只读方式打开：所在文件系统不支持其预写日志（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a file and cannot be replaced by a document.</source>
        <translation>%1 不是文件，不能被文档替换。</translation>
    </message>
    <message>
        <source>the journal files beside it cannot be removed</source>
        <translation>其旁边的日志文件无法删除</translation>
    </message>
    <message>
        <source>%1 was written, but its folder could not be synced to the disk.</source>
        <translation>%1 已写入，但其所在文件夹未能同步到磁盘。</translation>
    </message>
    <message>
        <source>a text of more than %1 characters cannot be saved</source>
        <translation>超过 %1 个字符的文字无法保存</translation>
    </message>
    <message>
        <source>%1 is in an older file format; open it once in the editor to upgrade it.</source>
        <translation>%1 是旧版文件格式；请先在编辑器中打开一次以完成升级。</translation>
    </message>
    <message>
        <source>the review record holds an unknown %1</source>
        <translation>审核记录中有未知的%1</translation>
    </message>
</context>
<context>
    <name>EditorWorkspace</name>
    <message>
        <source>Read-only: changes cannot be made to this document.</source>
        <translation>只读：不能修改此文档。</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>New &amp;Next Year…</source>
        <translation>新建下一年度(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import Excel…</source>
        <translation>导入 Excel(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>比较(&amp;M)…</translation>
    </message>
    <message>
        <source>Excel not written</source>
        <translation>未能导出 Excel</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel not imported</source>
        <translation>未导入 Excel</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>文档为只读。</translation>
    </message>
    <message>
        <source>Import Excel</source>
        <translation>导入 Excel</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <source>Compare with (the earlier version or year)</source>
        <translation>与之比较的文档（较早的版本或年度）</translation>
    </message>
    <message>
        <source>Final accounts (*.fadb)</source>
        <translation>决算文档 (*.fadb)</translation>
    </message>
    <message>
        <source>Next year not started</source>
        <translation>未能新建下一年度</translation>
    </message>
    <message>
        <source>%1 started from %2</source>
        <translation>已由 %2 年度新建 %1 年度</translation>
    </message>
    <message>
        <source>New Next Year</source>
        <translation>新建下一年度</translation>
    </message>
    <message>
        <source>Year of the new document:</source>
        <translation>新文档的年度：</translation>
    </message>
    <message>
        <source>No table of this document&apos;s template and no self-evaluation form was found in %1: they are recognised by their titles.</source>
        <translation>在 %1 中没有找到本文档模板的任何一张表，也没有找到项目支出绩效自评表：表格和自评表按标题识别。</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>Formula &quot;%1&quot;: %2</source>
        <translation>公式“%1”：%2</translation>
    </message>
    <message>
        <source>two operators in a row</source>
        <translation>连续出现两个运算符</translation>
    </message>
    <message>
        <source>missing operator</source>
        <translation>缺少运算符</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <source>ends without a term</source>
        <translation>以运算符结尾，缺少运算项</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Cannot open the document</source>
        <translation>无法打开文档</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>已以只读方式打开</translation>
    </message>
    <message>
        <source>Create the disclosure as</source>
        <translation>新建决算文档保存为</translation>
    </message>
    <message>
        <source>Cannot create the document</source>
        <translation>无法新建文档</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-副本</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>副本另存为</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <source>Choose a different file than the open one.</source>
        <translation>请选择与当前打开文件不同的文件。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Final accounts (*.fadb)</source>
        <translation>决算文档 (*.fadb)</translation>
    </message>
    <message>
        <source>Check that the file has not been moved, renamed or deleted, then open it again.</source>
        <translation>请确认文件没有被移动、改名或删除，然后重新打开。</translation>
    </message>
    <message>
        <source>Choose a file saved by this editor (*.fadb). Data from other programs can be brought in with &quot;final-accounts import&quot;.</source>
        <translation>请选择本编辑器保存的文件（*.fadb）。其他程序的数据可以用“final-accounts import”导入。</translation>
    </message>
    <message>
        <source>The file was left unchanged. Open an earlier copy or a backup, and keep this file for support.</source>
        <translation>文件未作任何改动。请打开较早的副本或备份，并保留此文件以便技术支持查看。</translation>
    </message>
    <message>
        <source>Update the editor, or ask whoever sent the file for a version this installation can read.</source>
        <translation>请更新编辑器，或请发送文件的人提供本机可以读取的版本。</translation>
    </message>
    <message>
        <source>The installation is incomplete: reinstall the editor.</source>
        <translation>安装不完整，请重新安装编辑器。</translation>
    </message>
    <message>
        <source>Close the other program that uses the file, then open it again.</source>
        <translation>请关闭正在使用该文件的其他程序，然后重新打开。</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it, then try again.</source>
        <translation>请确认文件夹存在且有写入权限，然后重试。</translation>
    </message>
</context>
<context>
    <name>FinalExportDialog</name>
    <message>
        <source>Export Final Version</source>
        <translation>导出正式版</translation>
    </message>
    <message>
        <source>The final version can be exported once every reason is written and every audit error is corrected. Still open: %1 and %2. Until then the disclosure can be exported only as a draft.</source>
        <translation>所有原因填写完毕、所有审核错误改正之后，才能导出正式版。尚待处理：%1，%2。在此之前只能导出初稿。</translation>
    </message>
    <message numerus="yes">
        <source>%n empty reason(s)</source>
        <translation>
            <numerusform>%n 条原因未填写</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason to write — %1</source>
        <translation>待填写原因 — %1</translation>
    </message>
    <message>
        <source>Error — %1</source>
        <translation>错误 — %1</translation>
    </message>
    <message>
        <source>Export as &amp;Draft…</source>
        <translation>导出初稿(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) are not approved yet.</source>
        <translation>
            <numerusform>尚有 %n 个部分未审核通过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not approved — %1</source>
        <translation>未审核通过 — %1</translation>
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
    <message>
        <source>%1, %2%3: %4</source>
        <translation>%1，%2%3：%4</translation>
    </message>
    <message>
        <source> (resolved)</source>
        <translation>（已解决）</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>批注：%1</translation>
    </message>
    <message>
        <source>已不再出现（%1）</source>
        <translation>已不再出现（%1）</translation>
    </message>
    <message>
        <source>Comments on findings that the audit no longer reports</source>
        <translation>审核已不再报告的问题上的批注</translation>
    </message>
    <message>
        <source>No longer reported: %1</source>
        <translation>已不再出现：%1</translation>
    </message>
</context>
<context>
    <name>FormDifferences</name>
    <message>
        <source>Budget at the start of the year</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <source>Full-year budget</source>
        <translation>全年预算数</translation>
    </message>
    <message>
        <source>Executed in the year</source>
        <translation>全年执行数</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1; target %2, actual %3, weight %4, score %5</source>
        <translation>%1；年度指标值 %2，实际完成值 %3，分值 %4，得分 %5</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>指标 %1</translation>
    </message>
    <message>
        <source>Supervising department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Implementing unit</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>Funds: %1, %2</source>
        <translation>项目资金 %1 · %2</translation>
    </message>
    <message>
        <source>Overall goal: planned</source>
        <translation>年度总体目标：预期目标</translation>
    </message>
    <message>
        <source>Overall goal: achieved</source>
        <translation>年度总体目标：实际完成情况</translation>
    </message>
    <message>
        <source>Order of the indicators</source>
        <translation>指标顺序</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Performance tracking</source>
        <translation>绩效跟踪</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题及原因</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步改进措施</translation>
    </message>
</context>
<context>
    <name>FormTerms</name>
    <message>
        <source>Output indicators</source>
        <translation>产出指标</translation>
    </message>
    <message>
        <source>Benefit indicators</source>
        <translation>效益指标</translation>
    </message>
    <message>
        <source>Satisfaction indicators</source>
        <translation>满意度指标</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量指标</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量指标</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>时效指标</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本指标</translation>
    </message>
    <message>
        <source>Economic benefit</source>
        <translation>经济效益指标</translation>
    </message>
    <message>
        <source>Social benefit</source>
        <translation>社会效益指标</translation>
    </message>
    <message>
        <source>Ecological benefit</source>
        <translation>生态效益指标</translation>
    </message>
    <message>
        <source>Sustainable impact</source>
        <translation>可持续影响指标</translation>
    </message>
    <message>
        <source>Satisfaction of those served</source>
        <translation>服务对象满意度指标</translation>
    </message>
    <message>
        <source>Fiscal appropriation of the year</source>
        <translation>本年财政拨款</translation>
    </message>
    <message>
        <source>Carried over from last year</source>
        <translation>上年结转资金</translation>
    </message>
    <message>
        <source>Other funds</source>
        <translation>其他资金</translation>
    </message>
</context>
<context>
    <name>FormulaText</name>
    <message>
        <source>= sum of the rows below (none yet)</source>
        <translation>= 下级各行之和（尚无下级行）</translation>
    </message>
    <message numerus="yes">
        <source> + … (%n more)</source>
        <translation>
            <numerusform> + …（另 %n 项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeBands</name>
    <message>
        <source>&quot;bands&quot; must be a list of grade bands, highest first.</source>
        <translation>“bands”必须是等级区间的列表，从最高等级开始。</translation>
    </message>
    <message>
        <source>bands[%1] must start below the band before it.</source>
        <translation>bands[%1] 的起始分数必须低于前一个等级。</translation>
    </message>
    <message>
        <source>The last of the bands must start from 0, so that every score has a grade.</source>
        <translation>最后一个等级必须从 0 分起，以便每个分数都有对应等级。</translation>
    </message>
    <message>
        <source>bands[%1] needs a &quot;grade&quot; and a &quot;from&quot; score between 0 and 1000.</source>
        <translation>bands[%1] 须有“grade”（等级）和 0 至 1000 之间的“from”（起始分数）。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Changes up to %1 combined</source>
        <translation>截至 %1 的修改已合并</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审签</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Supervising department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Implementing unit</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>Planned goal</source>
        <translation>年度总体目标（预期目标）</translation>
    </message>
    <message>
        <source>Goal achieved</source>
        <translation>年度总体目标（实际完成情况）</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在的问题</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>部门编码</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>公开日期</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>决算单位构成</translation>
    </message>
    <message>
        <source>Project %1 added</source>
        <translation>新增项目 %1</translation>
    </message>
    <message>
        <source>Funds, indicators or tracking</source>
        <translation>资金、绩效指标或绩效跟踪</translation>
    </message>
    <message>
        <source>Project %1 removed</source>
        <translation>删除项目 %1</translation>
    </message>
    <message>
        <source>Only a figure or a text can be restored from the history.</source>
        <translation>只能从修改记录中恢复数字或文字。</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>文档为只读。</translation>
    </message>
    <message>
        <source>The document has no text &quot;%1&quot; any more.</source>
        <translation>文档中已没有文字项“%1”。</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Review · %1</source>
        <translation>审核 · %1</translation>
    </message>
    <message>
        <source>Signature · %1</source>
        <translation>签字 · %1</translation>
    </message>
    <message>
        <source>Comment · %1</source>
        <translation>批注 · %1</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Compact Change History</source>
        <translation>压缩修改记录</translation>
    </message>
    <message>
        <source>Keep every change of the last how many days? Older changes are combined into one entry per cell or item; approvals are kept. No figure or text changes, and this cannot be undone.</source>
        <translation>保留最近多少天的全部修改？更早的修改按单元格或项目各合并为一条；审批记录保留。不改变任何数字或文字，此操作不能撤销。</translation>
    </message>
    <message>
        <source>%1 entries before, %2 now.</source>
        <translation>原有 %1 条，现有 %2 条。</translation>
    </message>
    <message>
        <source>Compact Change &amp;History…</source>
        <translation>压缩修改记录(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>No cell selected</source>
        <translation>未选择单元格</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore the old value</source>
        <translation>恢复此旧值</translation>
    </message>
    <message>
        <source>Change History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>整个文档</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>当前部分</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>所选单元格</translation>
    </message>
    <message>
        <source>Restore Old Value</source>
        <translation>恢复旧值</translation>
    </message>
    <message>
        <source>Puts the selected entry&apos;s old value back, as a new edit that can be undone.</source>
        <translation>将所选记录的旧值恢复为一次新的、可撤销的修改。</translation>
    </message>
    <message>
        <source>Review steps, signatures and comments</source>
        <translation>审核步骤、签字和批注</translation>
    </message>
    <message>
        <source>Review and sign-off</source>
        <translation>审签</translation>
    </message>
</context>
<context>
    <name>HistorySql</name>
    <message>
        <source>change history entry %1: %2</source>
        <translation>修改记录第 %1 条：%2</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not a UTC time</source>
        <translation>时间“%1”不是 UTC 时间</translation>
    </message>
    <message>
        <source>the kind &quot;%1&quot; is not one that exists</source>
        <translation>类型“%1”不存在</translation>
    </message>
    <message>
        <source>the scope &quot;%1&quot; is not one that exists</source>
        <translation>对象类别“%1”不存在</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>What</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>Table and findings</source>
        <translation>表格及识别情况</translation>
    </message>
    <message>
        <source>In the document</source>
        <translation>文档中</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation>工作簿中</translation>
    </message>
    <message>
        <source>%1 — not in the workbook</source>
        <translation>%1 — 工作簿中没有此表</translation>
    </message>
    <message>
        <source>%1 — sheet &quot;%2&quot;: %3 figure(s)</source>
        <translation>%1 — 工作表“%2”：%3 个数字</translation>
    </message>
    <message>
        <source>New row: %1</source>
        <translation>新增科目行：%1</translation>
    </message>
    <message>
        <source>No such row: %1</source>
        <translation>未匹配的行：%1</translation>
    </message>
    <message>
        <source>No such column: %1</source>
        <translation>未匹配的栏：%1</translation>
    </message>
    <message>
        <source>Column not found: %1</source>
        <translation>工作簿中缺少的栏：%1</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>数字不同：%1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>The workbook was prepared by %1, not by %2: check that it is the right file.</source>
        <translation>该工作簿的编制单位是 %1，而不是 %2：请确认文件是否正确。</translation>
    </message>
    <message>
        <source>%1: %2 figure(s) in %3 table(s); %4 differ from the document.</source>
        <translation>%1：%3 张表中共 %2 个数字，其中 %4 个与文档现有数字不同。</translation>
    </message>
    <message>
        <source>%1 self-evaluation form(s): %2 new project(s), %3 replace the project of the same name.</source>
        <translation>%1 张自评表：新增项目 %2 个，替换同名项目 %3 个。</translation>
    </message>
    <message>
        <source>Nothing changes until you import; the import is then one step to undo.</source>
        <translation>点击“导入”之前文档不会有任何改变；导入后可一步撤销。</translation>
    </message>
    <message>
        <source>Self-evaluation forms (项目支出绩效自评表): %1 read</source>
        <translation>项目支出绩效自评表：读取 %1 张</translation>
    </message>
    <message>
        <source>New project: %1 (%2)</source>
        <translation>新增项目：%1（%2）</translation>
    </message>
    <message>
        <source>Replaces the project of the same name: %1 (%2)</source>
        <translation>替换同名项目：%1（%2）</translation>
    </message>
    <message>
        <source>As in the document: %1 (%2)</source>
        <translation>与文档一致：%1（%2）</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>有变化：%1</translation>
    </message>
    <message>
        <source>Not read: a form without 项目名称 at %1</source>
        <translation>未读取：%1 处的自评表没有项目名称</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>不是有效的 JSON（%1，位置 %2）</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>顶层必须是对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>必须是字符串数组</translation>
    </message>
    <message>
        <source>an amount must be a decimal string in 万元, such as &quot;4116.42&quot;</source>
        <translation>金额必须是以万元为单位的十进制字符串，如“4116.42”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain decimal amount in 万元</source>
        <translation>“%1”不是以万元为单位的普通十进制金额</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>必须是“%1”</translation>
    </message>
    <message>
        <source>missing or not a positive whole number</source>
        <translation>缺失或不是正整数</translation>
    </message>
    <message>
        <source>version %1 was written by a newer Final Accounts Editor; this one reads version %2</source>
        <translation>版本 %1 由更新的决算编辑器写入；本版本读取版本 %2</translation>
    </message>
    <message>
        <source>unknown template &quot;%1&quot; (known: %2)</source>
        <translation>未知模板“%1”（已有：%2）</translation>
    </message>
    <message>
        <source>must be 行政, 参公 or 事业, not &quot;%1&quot;</source>
        <translation>必须是 行政、参公 或 事业，而不是“%1”</translation>
    </message>
    <message>
        <source>must be a year between 1990 and 2100</source>
        <translation>必须是 1990 至 2100 之间的年份</translation>
    </message>
    <message>
        <source>%1 is not a table with classification rows in template %2</source>
        <translation>%1 在模板 %2 中不是含科目行的表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 项 code of %2</source>
        <translation>“%1”不是《%2》中的项级科目编码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”重复列出</translation>
    </message>
    <message>
        <source>no such table or sheet</source>
        <translation>没有这个表</translation>
    </message>
    <message>
        <source>no such row (classification codes must also be listed in $.rows)</source>
        <translation>没有这一行（科目编码还必须列在 $.rows 中）</translation>
    </message>
    <message>
        <source>no such column</source>
        <translation>没有这一栏</translation>
    </message>
    <message>
        <source>this cell is computed; only input cells may be given (computed ones belong in $.derived)</source>
        <translation>此单元格由公式计算；只能给出录入单元格（计算值属于 $.derived）</translation>
    </message>
    <message>
        <source>a count must be a whole number from 0 to 1,000,000,000</source>
        <translation>数量必须是 0 至 1,000,000,000 之间的整数</translation>
    </message>
    <message>
        <source>template %1 has no text &quot;%2&quot;</source>
        <translation>模板 %1 没有文字项“%2”</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>points must be a decimal string, such as &quot;8.5&quot;</source>
        <translation>分数必须是十进制字符串，如“8.5”</translation>
    </message>
    <message>
        <source>must not be empty; leave it out when it is unknown</source>
        <translation>不能为空；未知时请省略此项</translation>
    </message>
    <message>
        <source>unknown 二级指标 kind</source>
        <translation>未知的二级指标类别</translation>
    </message>
    <message>
        <source>must be one of &quot;&quot;, &quot;&gt;=&quot;, &quot;&lt;=&quot;, &quot;=&quot;, &quot;&gt;&quot;, &quot;&lt;&quot;</source>
        <translation>必须是 &quot;&quot;、&quot;&gt;=&quot;、&quot;&lt;=&quot;、&quot;=&quot;、&quot;&gt;&quot;、&quot;&lt;&quot; 之一</translation>
    </message>
    <message>
        <source>must be a name or an object</source>
        <translation>必须是单位名称或对象</translation>
    </message>
    <message>
        <source>must be a date written as &quot;2025-09-10&quot;</source>
        <translation>必须是形如“2025-09-10”的日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a row of any table in &quot;rows&quot;</source>
        <translation>“%1”不是“rows”中任何一张表的行</translation>
    </message>
    <message>
        <source>a count must be a whole number within range</source>
        <translation>数量必须是范围内的整数</translation>
    </message>
    <message>
        <source>must be null, a whole number or a decimal amount in 万元 such as &quot;4116.42&quot;</source>
        <translation>必须是 null、整数或以万元为单位的十进制金额，如“4116.42”</translation>
    </message>
    <message>
        <source>must be a whole number greater than the id before it</source>
        <translation>必须是大于前一条 id 的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC time such as &quot;2026-12-01T02:50:00.000Z&quot;</source>
        <translation>“%1”不是形如“2026-12-01T02:50:00.000Z”的 UTC 时间</translation>
    </message>
    <message>
        <source>must be one of edit, undo, redo, summary, approval</source>
        <translation>必须是 edit、undo、redo、summary、approval 之一</translation>
    </message>
    <message>
        <source>must be a time written as &quot;2026-12-01T09:30:00Z&quot;</source>
        <translation>必须是形如“2026-12-01T09:30:00Z”的时间</translation>
    </message>
    <message>
        <source>must be 64 lower-case hexadecimal digits</source>
        <translation>必须是 64 位小写十六进制数字</translation>
    </message>
    <message>
        <source>must be draft, ready, approved or returned, not &quot;%1&quot;</source>
        <translation>必须是 draft、ready、approved 或 returned，而不是“%1”</translation>
    </message>
    <message>
        <source>must be a positive whole number that no other comment has</source>
        <translation>必须是其他批注未使用的正整数</translation>
    </message>
    <message>
        <source>must be a section id such as &quot;table:T1&quot;</source>
        <translation>必须是形如“table:T1”的部分标识</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell such as &quot;T5.2010301.basic&quot;</source>
        <translation>“%1”不是形如“T5.2010301.basic”的单元格</translation>
    </message>
    <message>
        <source>must be one of the funds the template&apos;s tables list: %1</source>
        <translation>必须是模板各表列示的资金之一：%1</translation>
    </message>
    <message>
        <source>must be one of cell, row, text, department, project, review, signature, comment</source>
        <translation>必须是 cell、row、text、department、project、review、signature、comment 之一</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>未知的键“%1”；是否应为“%2”？</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; this object takes no keys</source>
        <translation>未知的键“%1”；此处不接受任何键</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known keys: %2)</source>
        <translation>未知的键“%1”（可用的键：%2）</translation>
    </message>
    <message>
        <source>a schema must be an object or true/false, not %1</source>
        <translation>模式必须是对象或 true/false，而不是 %1</translation>
    </message>
    <message>
        <source>the schema keyword &quot;%1&quot; is not supported</source>
        <translation>不支持模式关键字“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON type</source>
        <translation>“%1”不是 JSON 类型</translation>
    </message>
    <message>
        <source>the pattern %1 is invalid: %2</source>
        <translation>匹配模式 %1 无效：%2</translation>
    </message>
    <message>
        <source>&quot;$ref&quot;: %1 is not a definition of this schema (#/$defs/NAME)</source>
        <translation>&quot;$ref&quot;：%1 不是本模式中的定义（#/$defs/名称）</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>应为%1，而不是%2</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>必须为 %1</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 不在可选值之列（%2）</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message numerus="yes">
        <source>must have at least %n character(s)</source>
        <translation>
            <numerusform>至少需要 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not have the expected form %2</source>
        <translation>%1 不符合要求的格式 %2</translation>
    </message>
    <message>
        <source>%1 is less than the minimum %2</source>
        <translation>%1 小于最小值 %2</translation>
    </message>
    <message>
        <source>%1 is more than the maximum %2</source>
        <translation>%1 大于最大值 %2</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is missing</source>
        <translation>缺少键“%1”</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n item(s)</source>
        <translation>
            <numerusform>至少需要 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 repeats item %2</source>
        <translation>%1 与下标为 %2 的项重复</translation>
    </message>
    <message>
        <source>fits more than one of the forms it may take</source>
        <translation>同时符合多种可选形式，无法确定是哪一种</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>副本另存为(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <source>Display &amp;Unit</source>
        <translation>显示单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <source>Open a disclosure</source>
        <translation>打开决算文档</translation>
    </message>
    <message>
        <source>Final accounts (*.fadb)</source>
        <translation>决算文档 (*.fadb)</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>已将副本保存为 %1</translation>
    </message>
    <message>
        <source>Final Accounts Editor</source>
        <translation>决算编辑器</translation>
    </message>
    <message>
        <source>%1 — Final Accounts Editor</source>
        <translation>%1 — 决算编辑器</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>［只读］</translation>
    </message>
    <message>
        <source>all changes saved</source>
        <translation>所有修改已保存</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Page Set&amp;up…</source>
        <translation>页面设置(&amp;U)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF (draft)…</source>
        <translation>导出 &amp;PDF（草稿）…</translation>
    </message>
    <message>
        <source>Export &amp;Final PDF…</source>
        <translation>导出正式版 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>Export &amp;ODT for Word/WPS…</source>
        <translation>导出 &amp;ODT（供 Word/WPS 使用）…</translation>
    </message>
    <message>
        <source>&amp;Audit Findings</source>
        <translation>审核结果(&amp;A)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>&amp;Import PDF…</source>
        <translation>导入 PDF(&amp;I)…</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>%1 (missing — click to remove from the list)</source>
        <translation>%1（文件不存在，点击从列表中移除）</translation>
    </message>
    <message>
        <source>Removed %1 from the recent files</source>
        <translation>已从最近文件中移除 %1</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>Too many decimal places: at most %n in %1.</source>
        <translation>
            <numerusform>小数位数过多：%1 最多 %n 位小数。</numerusform>
        </translation>
    </message>
    <message>
        <source>A value is required here.</source>
        <translation>此处必须填写数值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a misplaced thousands separator.</source>
        <translation>“%1”的千位分隔符位置不对。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>The amount is beyond ±1,000,000,000,000 元.</source>
        <translation>金额超出 ±1,000,000,000,000 元的范围。</translation>
    </message>
    <message>
        <source>A negative amount is not allowed here.</source>
        <translation>此处不允许填写负数。</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>数量不能为负数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>The count %1 is implausibly large.</source>
        <translation>数量 %1 大得不合常理。</translation>
    </message>
</context>
<context>
    <name>NarrativeFigures</name>
    <message>
        <source>&quot;%1&quot; is neither a cell (TABLE.ROW.COLUMN) nor a project figure.</source>
        <translation>“%1”既不是单元格（表.行.列），也不是项目数字。</translation>
    </message>
    <message>
        <source>Figure &quot;%1&quot; needs two figures to compare.</source>
        <translation>数字“%1”需要两个可比较的数字。</translation>
    </message>
    <message>
        <source>Figure &quot;%1&quot; says neither amount, count, share, completion nor change.</source>
        <translation>数字“%1”未说明是金额、数量、占比、完成率还是增减。</translation>
    </message>
    <message>
        <source>full-year budget of the project</source>
        <translation>项目全年预算数</translation>
    </message>
    <message>
        <source>amount executed by the project</source>
        <translation>项目执行数</translation>
    </message>
    <message>
        <source>output indicators of the project</source>
        <translation>项目产出指标</translation>
    </message>
    <message>
        <source>units of the department</source>
        <translation>部门所含单位</translation>
    </message>
    <message>
        <source>administrative and civil-service-managed units</source>
        <translation>行政单位和参公单位</translation>
    </message>
    <message>
        <source>projects evaluated</source>
        <translation>自评项目</translation>
    </message>
    <message>
        <source>sum of the projects&apos; budgets</source>
        <translation>各项目预算数之和</translation>
    </message>
    <message>
        <source>sum of the amounts the projects executed</source>
        <translation>各项目执行数之和</translation>
    </message>
    <message>
        <source>rate of change = %1 ÷ %2 × 100 = %3</source>
        <translation>增减率 = %1 ÷ %2 × 100 = %3</translation>
    </message>
</context>
<context>
    <name>NarrativeHtml</name>
    <message>
        <source>Required text &quot;%1&quot; is empty: click to write it.</source>
        <translation>必填内容“%1”为空：点击填写。</translation>
    </message>
    <message>
        <source>Typed text &quot;%1&quot;: click to edit.</source>
        <translation>已填写内容“%1”：点击修改。</translation>
    </message>
</context>
<context>
    <name>NarrativeTemplate</name>
    <message>
        <source>Narrative wording %1: %2</source>
        <translation>情况说明措辞 %1：%2</translation>
    </message>
    <message>
        <source>figure &quot;%1&quot; uses the phrase &quot;%2&quot;, which is not defined.</source>
        <translation>数字“%1”使用了未定义的措辞“%2”。</translation>
    </message>
    <message>
        <source>no template id or no parts.</source>
        <translation>缺少模板标识或没有部分。</translation>
    </message>
    <message>
        <source>There is no narrative wording for template %1.</source>
        <translation>模板 %1 没有情况说明措辞。</translation>
    </message>
</context>
<context>
    <name>NarrativeView</name>
    <message>
        <source>No document is open.</source>
        <translation>没有打开的文档。</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>Department</source>
        <translation>部门信息</translation>
    </message>
    <message>
        <source>Part 1 Overview</source>
        <translation>第一部分 部门概况</translation>
    </message>
    <message>
        <source>Part 2 Final account tables</source>
        <translation>第二部分 部门决算表</translation>
    </message>
    <message>
        <source>Part 3 Explanations: figures and reasons</source>
        <translation>第三部分 情况说明：数据和原因</translation>
    </message>
    <message>
        <source>Project performance self-evaluations</source>
        <translation>项目绩效自评</translation>
    </message>
    <message>
        <source>Reasons and uses</source>
        <translation>原因和用途说明</translation>
    </message>
    <message>
        <source>Part 4 Other matters</source>
        <translation>第四部分 其他需要说明的情况</translation>
    </message>
    <message>
        <source>Part 5 Glossary</source>
        <translation>第五部分 名词解释</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>已填写</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Generated explanation (情况说明)</source>
        <translation>情况说明（程序生成）</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Has audit findings</source>
        <translation>有审核问题</translation>
    </message>
    <message>
        <source>Start: order of work</source>
        <translation>开始：工作顺序</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s); the latest by %1, %2: %3</source>
        <translation>
            <numerusform>未解决批注 %n 条；最新一条：%1，%2：%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New disclosure</source>
        <translation>新建决算文档</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>单位性质</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
</context>
<context>
    <name>PdfCommands</name>
    <message>
        <source>Usage: final-accounts import FILE.pdf [--template ID] [--prior] -o FILE.fadb [--force]
       final-accounts audit FILE.pdf [--template ID] [--json]
</source>
        <translation>用法：final-accounts import FILE.pdf [--template ID] [--prior] -o FILE.fadb [--force]
      final-accounts audit FILE.pdf [--template ID] [--json]
</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;; known: %2.</source>
        <translation>未知模板“%1”；已有：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) left out: they need figures the PDF&apos;s tables do not print (budgets, last year&apos;s figures, 三公 details, projects).</source>
        <translation>
            <numerusform>%n 项检查未做：它们需要 PDF 表格未列示的数字（预算数、上年数、“三公”明细、项目）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfFindings</name>
    <message>
        <source>Page %1, %2: the cell in row &quot;%3&quot;, column &quot;%4&quot; could not be read (&quot;%5&quot;).</source>
        <translation>第 %1 页，%2：“%3”行“%4”栏的单元格无法读取（“%5”）。</translation>
    </message>
    <message>
        <source>Page %1, %2: the row &quot;%3&quot; matches no row of the template; its figures (%4) were not taken.</source>
        <translation>第 %1 页，%2：“%3”行与模板中的任何一行都对不上；其数字（%4）未被采用。</translation>
    </message>
    <message>
        <source>Page %1, %2: the table has no text under its title (printed as an image?) and could not be read.</source>
        <translation>第 %1 页，%2：表标题下没有文字（表格可能是图片），无法读取。</translation>
    </message>
    <message>
        <source>%1 was not found in the PDF.</source>
        <translation>PDF 中找不到%1。</translation>
    </message>
    <message>
        <source>Page %1, %2: the printed %3 / %4 is %5 but its printed parts add up to %6 (difference %7).</source>
        <translation>第 %1 页，%2：印出的“%3 / %4”为 %5，但印出的各组成数之和为 %6（相差 %7）。</translation>
    </message>
</context>
<context>
    <name>PdfImport</name>
    <message>
        <source>%1 contains none of the tables of the template &quot;%2&quot;: it is not a departmental final accounts disclosure of that template.</source>
        <translation>%1 中找不到模板“%2”的任何一张表：它不是该模板的部门决算公开文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: page %3, %n row(s), %4 figure(s)</source>
        <translation>
            <numerusform>%1 %2：第 %3 页，%n 行，%4 个数</numerusform>
        </translation>
    </message>
    <message>
        <source>pdf.json: &quot;%1&quot; is not a valid pattern.</source>
        <translation>pdf.json：“%1”不是有效的匹配模式。</translation>
    </message>
    <message>
        <source>pdf.json: &quot;%1&quot; holds an invalid pattern.</source>
        <translation>pdf.json：“%1”中有无效的匹配模式。</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has no PDF layout (pdf.json).</source>
        <translation>模板“%1”没有 PDF 版式说明（pdf.json）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 不是 PDF 文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: it cannot be read as a PDF.</source>
        <translation>%1 已损坏：无法作为 PDF 读取。</translation>
    </message>
    <message>
        <source>%1 is protected by a password.</source>
        <translation>%1 受密码保护。</translation>
    </message>
    <message>
        <source>%1 is damaged: page %2 cannot be read.</source>
        <translation>%1 已损坏：第 %2 页无法读取。</translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation>%1 没有任何页面。</translation>
    </message>
    <message>
        <source>a pattern is required</source>
        <translation>必须填写匹配模式</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pattern: %2</source>
        <translation>“%1”不是有效的匹配模式：%2</translation>
    </message>
    <message>
        <source>the profile has no rule &quot;%1&quot;</source>
        <translation>模板没有规则“%1”</translation>
    </message>
    <message>
        <source>%1 contains none of the tables of any template (%2): it is not a departmental final accounts disclosure.</source>
        <translation>%1 中找不到任何模板（%2）的表格：它不是部门决算公开文件。</translation>
    </message>
</context>
<context>
    <name>PdfImportDialog</name>
    <message>
        <source>Import PDF — %1</source>
        <translation>导入 PDF — %1</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取结果</translation>
    </message>
    <message>
        <source>Only last year&apos;s figures: start the document of %1 with them</source>
        <translation>仅取上年数：用它们开始 %1 年度的文档</translation>
    </message>
    <message>
        <source>Create Document…</source>
        <translation>创建文档…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n table(s) read, %3 finding(s) of which %4 error(s). Figures that were not printed (budgets, last year&apos;s figures, 三公 details) stay unknown.</source>
        <translation>
            <numerusform>%1，%2 年度：读取 %n 张表，发现 %3 个问题，其中错误 %4 个。PDF 未列示的数字（预算数、上年数、“三公”明细）仍为未知。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page %1: %n row(s), %2 figure(s)</source>
        <translation>
            <numerusform>第 %1 页：%n 行，%2 个数</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a published disclosure</source>
        <translation>导入已公开的决算文件</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Import PDF</source>
        <translation>导入 PDF</translation>
    </message>
    <message>
        <source>The PDF follows the template:</source>
        <translation>该 PDF 所用模板：</translation>
    </message>
    <message>
        <source>Save the imported disclosure</source>
        <translation>保存导入的决算文档</translation>
    </message>
    <message>
        <source>Final accounts (*.fadb)</source>
        <translation>决算文档 (*.fadb)</translation>
    </message>
</context>
<context>
    <name>PerformanceFigures</name>
    <message>
        <source>projects with performance targets</source>
        <translation>编报绩效目标的项目数</translation>
    </message>
    <message>
        <source>full-year budget of the projects with performance targets</source>
        <translation>编报绩效目标的项目全年预算数</translation>
    </message>
    <message>
        <source>projects with performance monitoring</source>
        <translation>绩效跟踪评价的项目数</translation>
    </message>
    <message>
        <source>full-year budget of the monitored projects</source>
        <translation>绩效跟踪评价的项目全年预算数</translation>
    </message>
    <message>
        <source>projects with a complete self-evaluation</source>
        <translation>完成绩效自评的项目数</translation>
    </message>
    <message>
        <source>full-year budget of the self-evaluated projects</source>
        <translation>绩效自评的项目全年预算数</translation>
    </message>
    <message>
        <source>average self-evaluation score</source>
        <translation>绩效自评平均得分</translation>
    </message>
    <message>
        <source>projects graded %1</source>
        <translation>绩效评级为“%1”的项目数</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <source>A score cannot be negative.</source>
        <translation>得分不能为负数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points.</source>
        <translation>“%1”不是分数。</translation>
    </message>
    <message>
        <source>Points have at most two decimals.</source>
        <translation>分数最多两位小数。</translation>
    </message>
    <message>
        <source>No form has more than %1 points.</source>
        <translation>自评表的分数不能超过 %1 分。</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <source>base package</source>
        <translation>基础包</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n fault(s); the package cannot be used.</source>
        <translation>
            <numerusform>%1：有 %n 处错误，该模板包不能使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the package is sound.</source>
        <translation>%1：模板包检查通过。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Usage: final-accounts profile check DIR | profile schema DIR</source>
        <translation>用法：final-accounts profile check 目录 | profile schema 目录</translation>
    </message>
</context>
<context>
    <name>ProfileLists</name>
    <message>
        <source>rows are taken from &quot;%1&quot;, which has no items (%1.json)</source>
        <translation>表行取自“%1”，但其中没有任何条目（%1.json）</translation>
    </message>
</context>
<context>
    <name>ProfilePackage</name>
    <message>
        <source>a text is required</source>
        <translation>必须填写文字</translation>
    </message>
    <message>
        <source>a year such as 2024 is required</source>
        <translation>必须填写年度，如 2024</translation>
    </message>
    <message>
        <source>must be the id of another profile</source>
        <translation>必须是另一个模板包的 id</translation>
    </message>
    <message>
        <source>an id cannot contain a slash</source>
        <translation>id 中不能有斜杠</translation>
    </message>
    <message>
        <source>a profile needs tables.json or a base it extends</source>
        <translation>模板包需要 tables.json，或继承（extends）一个基础包</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is not valid JSON at character %1: %2</source>
        <translation>不是有效的 JSON（第 %1 个字符处）：%2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必须是一个 JSON 对象</translation>
    </message>
</context>
<context>
    <name>ProfileSchemas</name>
    <message>
        <source>Cannot read the schema %1: %2</source>
        <translation>无法读取模式文件 %1：%2</translation>
    </message>
    <message>
        <source>The schema %1 is broken: %2</source>
        <translation>模式文件 %1 有误：%2</translation>
    </message>
</context>
<context>
    <name>ProjectFormEditor</name>
    <message>
        <source>Total score: &lt;b&gt;%1&lt;/b&gt; of %2 · Grade: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>总分：&lt;b&gt;%1&lt;/b&gt;（满分 %2）· 自评等级：&lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not yet complete</source>
        <translation>尚未评完</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Supervising department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Implementing unit</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>Planned goal of the year</source>
        <translation>预期目标</translation>
    </message>
    <message>
        <source>What was achieved</source>
        <translation>实际完成情况</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题及原因</translation>
    </message>
    <message>
        <source>Improvement measures</source>
        <translation>下一步改进措施</translation>
    </message>
    <message>
        <source>Project funds (10k yuan)</source>
        <translation>项目资金（万元）</translation>
    </message>
    <message>
        <source>Overall goal of the year</source>
        <translation>年度总体目标</translation>
    </message>
    <message>
        <source>Performance indicators</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>Performance was monitored during the year</source>
        <translation>本年度开展了绩效跟踪评价</translation>
    </message>
</context>
<context>
    <name>ProjectFundsModel</name>
    <message>
        <source>Total = fiscal appropriation + carried over + other funds (those that are known)</source>
        <translation>年度资金总额 = 本年财政拨款 + 上年结转资金 + 其他资金（已知的部分）</translation>
    </message>
    <message>
        <source>Execution rate = executed ÷ full-year budget</source>
        <translation>执行率 = 全年执行数 ÷ 全年预算数</translation>
    </message>
    <message>
        <source>Score = execution rate × weight, at most the weight</source>
        <translation>得分 = 执行率 × 分值，最高为分值</translation>
    </message>
    <message>
        <source>Not known. Leave blank what is not known; 0 means zero.</source>
        <translation>未知。未知的金额请留空；填 0 表示零。</translation>
    </message>
    <message>
        <source>Total funds of the year</source>
        <translation>年度资金总额</translation>
    </message>
    <message>
        <source>of which: fiscal appropriation of the year</source>
        <translation>其中：本年财政拨款</translation>
    </message>
    <message>
        <source>Carried over from last year</source>
        <translation>上年结转资金</translation>
    </message>
    <message>
        <source>Other funds</source>
        <translation>其他资金</translation>
    </message>
    <message>
        <source>Budget at the start of the year</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <source>Full-year budget</source>
        <translation>全年预算数</translation>
    </message>
    <message>
        <source>Executed in the year</source>
        <translation>全年执行数</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>执行率</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ProjectIndicatorModel</name>
    <message>
        <source>add indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>remove indicator %1</source>
        <translation>删除指标 %1</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>年度指标值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>实际完成值</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Reasons for deviation and measures</source>
        <translation>偏差原因分析及改进措施</translation>
    </message>
    <message>
        <source>Choose one of the form&apos;s level-2 indicator kinds.</source>
        <translation>请选择表中的一种二级指标。</translation>
    </message>
    <message>
        <source>Type one of ≥ ≤ = &gt; &lt; (or &gt;= &lt;=), or leave it blank.</source>
        <translation>请输入 ≥ ≤ = &gt; &lt; 之一（或 &gt;= &lt;=），或留空。</translation>
    </message>
    <message>
        <source>Give the row&apos;s weight first: a score cannot be above it.</source>
        <translation>请先填写本行分值：得分不能高于分值。</translation>
    </message>
    <message>
        <source>The score %1 is above the row&apos;s weight %2.</source>
        <translation>得分 %1 高于本行分值 %2。</translation>
    </message>
    <message>
        <source>%1 of indicator %2</source>
        <translation>指标“%2”的%1</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Executed (10k yuan)</source>
        <translation>执行数（万元）</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Full-year budget (10k yuan)</source>
        <translation>全年预算数（万元）</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>执行率</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>自评等级</translation>
    </message>
    <message>
        <source>Supervising department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Implementing unit</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>Planned goal</source>
        <translation>预期目标</translation>
    </message>
    <message>
        <source>What was achieved</source>
        <translation>实际完成情况</translation>
    </message>
    <message>
        <source>Monitored during the year</source>
        <translation>绩效跟踪评价</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>项目必须有名称。</translation>
    </message>
</context>
<context>
    <name>ProjectsEditor</name>
    <message>
        <source>Add project</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新项目</translation>
    </message>
</context>
<context>
    <name>ReasonCatalog</name>
    <message>
        <source>%1 (not quoted by the explanations as they stand)</source>
        <translation>%1（当前说明中未引用）</translation>
    </message>
    <message>
        <source>A reason</source>
        <translation>一项原因</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for this figure</source>
        <translation>此数的原因</translation>
    </message>
    <message>
        <source>The reason, as it should read in the explanations</source>
        <translation>原因，按说明中应有的表述填写</translation>
    </message>
    <message>
        <source>Write the reasons for a figure</source>
        <translation>填写一个数的原因</translation>
    </message>
</context>
<context>
    <name>ReasonListModel</name>
    <message>
        <source>The document is read-only.</source>
        <translation>文档为只读。</translation>
    </message>
    <message>
        <source>This text is not a reason the explanations quote.</source>
        <translation>此文字不是说明中引用的原因。</translation>
    </message>
    <message>
        <source>(to be written)</source>
        <translation>（待填写）</translation>
    </message>
    <message>
        <source>Explains</source>
        <translation>说明对象</translation>
    </message>
    <message>
        <source>Reason or use</source>
        <translation>原因或用途</translation>
    </message>
</context>
<context>
    <name>ReasonsEditor</name>
    <message>
        <source>The reason or use, as it should read in the explanations</source>
        <translation>原因或用途，按情况说明中应有的表述填写</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>Recalculator</name>
    <message>
        <source>Cell %1 refers to %2, which does not exist.</source>
        <translation>单元格 %1 引用了不存在的 %2。</translation>
    </message>
    <message>
        <source>The formulas form a cycle through %1.</source>
        <translation>公式经 %1 形成循环引用。</translation>
    </message>
</context>
<context>
    <name>ReportTemplate</name>
    <message>
        <source>Template %1 names a code book that is not installed.</source>
        <translation>模板 %1 引用了未安装的科目表。</translation>
    </message>
    <message>
        <source>Template %1 lists class %2, which its code book does not have.</source>
        <translation>模板 %1 列出的类 %2 不在其科目表中。</translation>
    </message>
    <message>
        <source>Template %1 defines table %2 twice.</source>
        <translation>模板 %1 重复定义了表 %2。</translation>
    </message>
    <message>
        <source>neither this profile nor the profiles it extends define the tables (tables.json)</source>
        <translation>本模板包及其继承的模板包都没有定义表格（tables.json）</translation>
    </message>
    <message>
        <source>A table has no id or no title.</source>
        <translation>有一张表没有标识或标题。</translation>
    </message>
    <message>
        <source>Table %1 has a column without a key or with a repeated key.</source>
        <translation>表 %1 有一列没有键或键重复。</translation>
    </message>
    <message>
        <source>Table %1 has a row of unknown kind &quot;%2&quot;.</source>
        <translation>表 %1 有一行的类型“%2”无法识别。</translation>
    </message>
    <message>
        <source>Table %1 has a row without a key.</source>
        <translation>表 %1 有一行没有键。</translation>
    </message>
    <message>
        <source>Table %1 has no blocks.</source>
        <translation>表 %1 没有任何栏块。</translation>
    </message>
    <message>
        <source>Table %1: %2</source>
        <translation>表 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a folder of documents and published PDFs to review</source>
        <translation>选择要审阅的决算文档和已公开 PDF 所在文件夹</translation>
    </message>
    <message>
        <source>Review every document and published PDF under a folder in one table</source>
        <translation>在一张表中审阅文件夹下的全部决算文档和已公开 PDF</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Usage: final-accounts review DIR [--json]
       final-accounts pdf-batch DIR -o OUTDIR [-j N] [--final]
</source>
        <translation>用法：final-accounts review 目录 [--json]
      final-accounts pdf-batch 目录 -o 输出目录 [-j N] [--final]
</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>-j takes a number of threads from 1 to 256.</source>
        <translation>-j 的线程数必须在 1 到 256 之间。</translation>
    </message>
</context>
<context>
    <name>ReviewMarkDelegate</name>
    <message>
        <source>R</source>
        <comment>badge: ready for review</comment>
        <translation>待</translation>
    </message>
    <message>
        <source>A</source>
        <comment>badge: approved</comment>
        <translation>审</translation>
    </message>
    <message>
        <source>!</source>
        <comment>badge: returned</comment>
        <translation>退</translation>
    </message>
    <message>
        <source>M</source>
        <comment>badge: modified since approval</comment>
        <translation>改</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Return for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>What should be changed?</source>
        <translation>需要修改什么？</translation>
    </message>
    <message>
        <source>Select the one section the comment is about.</source>
        <translation>请选中批注所针对的一个部分。</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <source>Comment on %1:</source>
        <translation>对“%1”的批注：</translation>
    </message>
    <message>
        <source>Select a comment first.</source>
        <translation>请先选中一条批注。</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>Valid (%n section(s))</source>
        <translation>
            <numerusform>有效（%n 个部分）</numerusform>
        </translation>
    </message>
    <message>
        <source>Content changed since signing</source>
        <translation>签字后内容已修改</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签字时间</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>签字范围</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Submit the selected sections for review</source>
        <translation>将选中的部分提交审核</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>改回草稿</translation>
    </message>
    <message>
        <source>Add comment…</source>
        <translation>添加批注…</translation>
    </message>
    <message>
        <source>Resolve / reopen</source>
        <translation>解决 / 重新打开</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>签字…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Working as %1 (Settings › Name)</source>
        <translation>当前用户：%1（在 设置 › 姓名 中更改）</translation>
    </message>
    <message>
        <source>%1 (no longer occurs)</source>
        <translation>%1（已不再出现）</translation>
    </message>
    <message>
        <source>Withdraw signature</source>
        <translation>撤回签字</translation>
    </message>
    <message>
        <source>Withdraws the selected signature; the sign-off block prints its role blank again</source>
        <translation>撤回选中的签字；审签栏中该角色重新留空</translation>
    </message>
</context>
<context>
    <name>ReviewRow</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Unexplained warnings</source>
        <translation>未说明的警告</translation>
    </message>
    <message>
        <source>Empty reasons</source>
        <translation>待填原因</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Published PDF</source>
        <translation>已公开 PDF</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>决算文档</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 tables read; %n check(s) left out: they need figures a PDF does not print.</source>
        <translation>
            <numerusform>读取到 %2 张表中的 %1 张；略去 %n 项检查：所需数字 PDF 中未印出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSections</name>
    <message>
        <source>Part 1 texts</source>
        <translation>第一部分 文字</translation>
    </message>
    <message>
        <source>Part 3 texts</source>
        <translation>第三部分 文字</translation>
    </message>
    <message>
        <source>Part 4 other matters</source>
        <translation>第四部分 其他重要事项</translation>
    </message>
    <message>
        <source>Part 5 glossary</source>
        <translation>第五部分 名词解释</translation>
    </message>
    <message>
        <source>Part %1 texts</source>
        <translation>第%1部分 文字</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门信息</translation>
    </message>
    <message>
        <source>Reasons and uses</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
</context>
<context>
    <name>ReviewStatus</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>, %1 %2</source>
        <translation>，%1 %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Modified since approval</source>
        <translation>审核后已修改</translation>
    </message>
</context>
<context>
    <name>ReviewSteps</name>
    <message>
        <source>The document is read-only.</source>
        <translation>文档为只读。</translation>
    </message>
    <message>
        <source>Select the sections first.</source>
        <translation>请先选中要处理的部分。</translation>
    </message>
    <message>
        <source>A section is returned with a comment saying what to change.</source>
        <translation>退回时须填写意见，说明需要修改什么。</translation>
    </message>
    <message>
        <source>The selected sections cannot be moved to %1 from where they stand.</source>
        <translation>选中的部分在当前状态下不能改为“%1”。</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>批注内容为空。</translation>
    </message>
    <message>
        <source>Select a comment first.</source>
        <translation>请先选中一条批注。</translation>
    </message>
    <message>
        <source>A signature needs the signer&apos;s name.</source>
        <translation>签字须填写签字人姓名。</translation>
    </message>
    <message>
        <source>Nothing is approved yet: a signature records the approved sections.</source>
        <translation>尚无审核通过的部分：签字记录的是已审核通过的部分。</translation>
    </message>
    <message>
        <source>Select a signature first.</source>
        <translation>请先选中一个签字。</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>A published PDF has no review status: it is unknown, not none.</source>
        <translation>已公开 PDF 没有审核状态：未知，并非“无”。</translation>
    </message>
    <message>
        <source>A published PDF has no reasons to fill in: how many are empty is unknown, not 0.</source>
        <translation>已公开 PDF 没有可填写的原因：待填原因数未知，并非 0。</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Batch PDF…</source>
        <translation>批量导出 PDF…</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>Review — %1</source>
        <translation>审阅 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>共 %n 个文档</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 of %2…</source>
        <translation>正在读取 %1 / %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n with audit errors</source>
        <translation>
            <numerusform>%n 个有审核错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n 个无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Batch PDF: folder for the PDFs</source>
        <translation>批量导出 PDF：选择保存 PDF 的文件夹</translation>
    </message>
    <message>
        <source>Batch PDF</source>
        <translation>批量导出 PDF</translation>
    </message>
    <message>
        <source>Filter by file, kind, department, profile or message</source>
        <translation>按文件、类型、部门、模板或提示筛选</translation>
    </message>
    <message>
        <source>Documents and published PDFs</source>
        <translation>全部（决算文档和已公开 PDF）</translation>
    </message>
    <message numerus="yes">
        <source>%n published PDF(s)</source>
        <translation>
            <numerusform>%n 个已公开 PDF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWorkbook</name>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>RollForward</name>
    <message>
        <source>text %1</source>
        <translation>文字 %1</translation>
    </message>
    <message>
        <source>text %1 states figures of last year: check them</source>
        <translation>文字 %1 含有上年的数字：请复核</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) of last year (reasons, explanations) start empty</source>
        <translation>
            <numerusform>上年的 %n 段文字（原因、说明）未结转，需重新填写</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s), figures cleared: remove those that ended</source>
        <translation>
            <numerusform>%n 个项目，金额已清空：请删除已结束的项目</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1 is not in the new template: its rows %2 were not carried</source>
        <translation>新模板中没有表 %1：其科目行 %2 未结转</translation>
    </message>
    <message>
        <source>%1 %2 has no successor in the new code book (last year %3 万元)</source>
        <translation>%1 %2 在新科目表中没有对应科目（上年 %3 万元）</translation>
    </message>
    <message>
        <source>%1 %2 maps to %3, which the new code book does not have</source>
        <translation>%1 %2 对应到 %3，但新科目表中没有该科目</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (last year %4 万元)</source>
        <translation>%1 %2 → %3（上年 %4 万元）</translation>
    </message>
    <message>
        <source>%1 %2 was split into %3: divide last year&apos;s %4 万元 among them</source>
        <translation>%1 %2 已拆分为 %3：请将上年 %4 万元在其间分配</translation>
    </message>
    <message>
        <source>%1 %2 is not in the new code book and has no mapping (last year %3 万元)</source>
        <translation>%1 %2 不在新科目表中，也没有对应关系（上年 %3 万元）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n 科目 row(s)</source>
        <translation>
            <numerusform>%1：%n 个科目行</numerusform>
        </translation>
    </message>
    <message>
        <source>the prior-year figure %1 has no source %2</source>
        <translation>上年数 %1 找不到来源 %2</translation>
    </message>
    <message>
        <source>%1 ← %2 %3: %4 万元</source>
        <translation>%1 ← %2 年度 %3：%4 万元</translation>
    </message>
    <message>
        <source>Carried from %1: %2</source>
        <translation>由 %1 年度结转：%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Carried:</source>
        <translation>已结转：</translation>
    </message>
    <message>
        <source>Mapped to new codes:</source>
        <translation>已对应到新科目：</translation>
    </message>
    <message>
        <source>Left for you:</source>
        <translation>需要您处理：</translation>
    </message>
    <message>
        <source>To review:</source>
        <translation>需要复核：</translation>
    </message>
    <message numerus="yes">
        <source>department %1 and its %n unit(s)</source>
        <translation>
            <numerusform>部门 %1 及其 %n 个所属单位</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapped from %1: %2</source>
        <translation>由 %1 年度科目对应：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>rollforward.json: &quot;%1&quot; is not a cell of the form TABLE.ROW.COLUMN.</source>
        <translation>rollforward.json：“%1”不是“表.行.栏”形式的单元格。</translation>
    </message>
    <message>
        <source>codemap.json: the code %1 must map to a code, a list of codes or null.</source>
        <translation>codemap.json：科目 %1 必须对应一个科目、一组科目或 null。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; does not say how to start next year (rollforward.json).</source>
        <translation>配置包“%1”没有说明如何结转到下一年度（rollforward.json）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell of the form TABLE.ROW.COLUMN</source>
        <translation>“%1”不是“表.行.列”形式的单元格</translation>
    </message>
    <message>
        <source>the prior-year cell: %1</source>
        <translation>上年数单元格：%1</translation>
    </message>
    <message>
        <source>the cell it comes from: %1</source>
        <translation>取数单元格：%1</translation>
    </message>
    <message>
        <source>the profile has no text &quot;%1&quot;</source>
        <translation>模板没有文字“%1”</translation>
    </message>
    <message>
        <source>%1 is not an item (项) of the profile&apos;s code book</source>
        <translation>%1 不是模板科目表中的项级科目</translation>
    </message>
</context>
<context>
    <name>RollupActions</name>
    <message>
        <source>Roll up again</source>
        <translation>重新汇总</translation>
    </message>
    <message>
        <source>Every unit file is as it was when the department was rolled up.</source>
        <translation>各单位文件与汇总时一致，无需重新汇总。</translation>
    </message>
    <message>
        <source>Roll &amp;Up Units…</source>
        <translation>汇总下属单位(&amp;U)…</translation>
    </message>
    <message>
        <source>Roll Up &amp;Again…</source>
        <translation>重新汇总(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Source Units…</source>
        <translation>来源单位(&amp;S)…</translation>
    </message>
    <message>
        <source>Unit documents to roll up</source>
        <translation>选择要汇总的单位文件</translation>
    </message>
    <message>
        <source>Final accounts (*.fadb)</source>
        <translation>决算文件 (*.fadb)</translation>
    </message>
    <message>
        <source>Roll up units</source>
        <translation>汇总下属单位</translation>
    </message>
    <message>
        <source>Which document is the department&apos;s own (本级)? Its texts are taken.</source>
        <translation>哪个文件是部门本级？汇总后采用其文字内容。</translation>
    </message>
    <message>
        <source>Save the department&apos;s document as</source>
        <translation>部门汇总文件另存为</translation>
    </message>
    <message>
        <source>Not rolled up</source>
        <translation>未能汇总</translation>
    </message>
    <message>
        <source>%1 is both a unit file and the output.</source>
        <translation>%1 既是单位文件又是输出文件。</translation>
    </message>
    <message>
        <source>Reading the unit documents…</source>
        <translation>正在读取单位文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Rolled up</source>
        <translation>汇总完成</translation>
    </message>
    <message>
        <source>The department&apos;s document was written to %1.</source>
        <translation>部门汇总文件已写入 %1。</translation>
    </message>
    <message>
        <source>Unit files changed</source>
        <translation>单位文件已修改</translation>
    </message>
    <message>
        <source>Unit files changed after this department was rolled up:
%1

Roll up again? (Undo restores the figures as they are now.)</source>
        <translation>本部门汇总后，下列单位文件已修改：
%1

是否重新汇总？（撤销可恢复当前数字。）</translation>
    </message>
    <message>
        <source>Source units</source>
        <translation>来源单位</translation>
    </message>
    <message>
        <source>Select a figure in one of the tables first.</source>
        <translation>请先在表中选中一个数字。</translation>
    </message>
</context>
<context>
    <name>RollupFiles</name>
    <message>
        <source>Unknown profile &quot;%1&quot;; known: %2.</source>
        <translation>未知模板“%1”；已安装：%2。</translation>
    </message>
    <message>
        <source>The 本级 document %1 is not among the unit files.</source>
        <translation>本级文件 %1 不在所选单位文件中。</translation>
    </message>
    <message>
        <source>There is no unit document to roll up.</source>
        <translation>没有可汇总的单位文件。</translation>
    </message>
</context>
<context>
    <name>RollupRules</name>
    <message>
        <source>rollup.json: operations.kinds names &quot;%1&quot;, not 行政, 参公 or 事业</source>
        <translation>rollup.json：operations.kinds 中的“%1”不是行政、参公或事业</translation>
    </message>
    <message>
        <source>rollup.json: operations.sheet names %1, which the profile does not have</source>
        <translation>rollup.json：operations.sheet 引用的 %1 在模板中不存在</translation>
    </message>
    <message>
        <source>rollup.json: %1 names the column %2.%3, which the tables do not have</source>
        <translation>rollup.json：%1 指向的栏 %2.%3 在表中不存在</translation>
    </message>
</context>
<context>
    <name>RollupStatus</name>
    <message>
        <source>%1 (%2) is missing.</source>
        <translation>%1（%2）已不存在。</translation>
    </message>
    <message>
        <source>%1 (%2) has changed since the roll-up.</source>
        <translation>%1（%2）在汇总后已修改。</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>a rule needs an id</source>
        <translation>规则缺少 id</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>未知的规则类型“%1”</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; (error, warning or info)</source>
        <translation>未知的严重程度“%1”（应为 error、warning 或 info）</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot; (=, &lt;=, &gt;=, &lt; or &gt;)</source>
        <translation>未知的运算符“%1”（应为 =、&lt;=、&gt;=、&lt; 或 &gt;）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a table with classification rows nor &quot;@projects&quot;</source>
        <translation>“%1”既不是含功能分类科目行的表，也不是“@projects”</translation>
    </message>
    <message>
        <source>a rule needs a message</source>
        <translation>规则缺少提示文字（message）</translation>
    </message>
    <message>
        <source>unknown tolerance &quot;%1&quot; (&quot;tail&quot; or none)</source>
        <translation>未知的容差“%1”（应为 &quot;tail&quot; 或不填）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 款 of the functional classification</source>
        <translation>“%1”不是支出功能分类的款级科目</translation>
    </message>
</context>
<context>
    <name>RuleExpression</name>
    <message>
        <source>&quot;%1&quot;: two operators in a row</source>
        <translation>“%1”：连续出现两个运算符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a cell, an amount nor a document fact</source>
        <translation>“%1”既不是单元格、金额，也不是文档数据项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no term at its end</source>
        <translation>“%1”末尾缺少数据项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document fact</source>
        <translation>“%1”不是已知的文档数据项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a rule that runs over the projects (&quot;each&quot;: &quot;@projects&quot;)</source>
        <translation>“%1”只能用于逐个项目核对的规则（&quot;each&quot;: &quot;@projects&quot;）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no table or sheet &quot;%2&quot;</source>
        <translation>“%1”：没有表或录入表“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses {code} in a rule that does not run over a table&apos;s rows</source>
        <translation>“%1”使用了 {code}，但该规则不是逐行核对的规则</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 has no row &quot;%3&quot;</source>
        <translation>“%1”：%2 没有“%3”行</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 has no column &quot;%3&quot;</source>
        <translation>“%1”：%2 没有“%3”列</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an operator is missing before &quot;%2&quot;</source>
        <translation>“%1”：“%2”前缺少运算符</translation>
    </message>
</context>
<context>
    <name>Rulebook</name>
    <message>
        <source>The text audit of profile %1 cannot run: %2</source>
        <translation>模板 %1 的文字审核无法运行：%2</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationCheck</name>
    <message>
        <source>The amount executed is more than the full-year budget; the execution score is capped at its weight.</source>
        <translation>全年执行数大于全年预算数；执行率得分以分值为上限。</translation>
    </message>
    <message>
        <source>A score needs a weight (分值) on the same row.</source>
        <translation>得分需要同一行的分值。</translation>
    </message>
    <message>
        <source>The score %1 is above the row&apos;s weight %2.</source>
        <translation>得分 %1 高于本行分值 %2。</translation>
    </message>
    <message>
        <source>The weights add up to %1 (with 10 for the execution rate), not 100.</source>
        <translation>各项分值（含预算执行率 10 分）合计为 %1，而不是 100。</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>The signature records the sections approved now. A later change to one of them shows the signature as no longer covering the content.</source>
        <translation>签字记录当前已审核通过的部分。其中任何部分此后被修改，签字即显示为不再覆盖修改后的内容。</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
</context>
<context>
    <name>SignoffActions</name>
    <message>
        <source>Review: %1</source>
        <translation>审核：%1</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>设为“%1”</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>What should be changed?</source>
        <translation>需要修改什么？</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Add comment…</source>
        <translation>添加批注…</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <source>Comment on %1:</source>
        <translation>对“%1”的批注：</translation>
    </message>
    <message>
        <source>Comment on cell %1:</source>
        <translation>对单元格 %1 的批注：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Review and Sign-off</source>
        <translation>审核与签字</translation>
    </message>
    <message>
        <source>&amp;Name…</source>
        <translation>姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>Comment on the audit finding:
%1</source>
        <translation>对审核问题的批注：
%1</translation>
    </message>
    <message>
        <source>Your name, as the change history, review steps, comments and signatures record it:</source>
        <translation>您的姓名，修改记录、审核步骤、批注和签字均以此姓名记录：</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Source units</source>
        <translation>来源单位</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 — %2 unit(s); amounts in 万元.</source>
        <translation>%1 — 共 %2 个单位；金额单位：万元。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1, own unit</source>
        <translation>%1，本级</translation>
    </message>
    <message>
        <source>Internal transfers eliminated</source>
        <translation>内部往来抵消</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门合计</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Final Accounts Editor</source>
        <translation>决算编辑器</translation>
    </message>
    <message>
        <source>New disclosure…</source>
        <translation>新建决算文档…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Recent files (double-click to open):</source>
        <translation>最近的文件（双击打开）：</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（文件不存在）</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>从列表中移除</translation>
    </message>
</context>
<context>
    <name>StoreChecks</name>
    <message>
        <source>the table %1 or its column %2 is missing</source>
        <translation>缺少表 %1 或其中的列 %2</translation>
    </message>
    <message>
        <source>the text %1 of %2 is longer than %3 characters</source>
        <translation>%2 的文字 %1 超过 %3 个字符</translation>
    </message>
    <message>
        <source>%1 of %2 must be a text but holds %3</source>
        <translation>%2 的 %1 应为文字，实际为 %3</translation>
    </message>
    <message>
        <source>the number %1 of %2 lies beyond ±10¹² yuan</source>
        <translation>%2 的数值 %1 超出 ±10¹² 元</translation>
    </message>
    <message>
        <source>%1 of %2 must be a whole number but holds %3</source>
        <translation>%2 的 %1 应为整数，实际为 %3</translation>
    </message>
</context>
<context>
    <name>StoreSql</name>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the file could not be written to the disk (the disk may be full or failing)</source>
        <translation>文件无法写入磁盘（磁盘可能已满或出现故障）</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation>磁盘无法读写（%1）</translation>
    </message>
    <message>
        <source>another program holds a lock on the file</source>
        <translation>另一个程序锁定了该文件</translation>
    </message>
    <message>
        <source>the file can no longer be written</source>
        <translation>该文件已无法写入</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; is of kind &quot;%2&quot;, not 行政, 参公 or 事业</source>
        <translation>单位“%1”的性质为“%2”，不是行政、参公或事业</translation>
    </message>
</context>
<context>
    <name>TableClipboard</name>
    <message>
        <source>There is nothing to paste.</source>
        <translation>没有可粘贴的内容。</translation>
    </message>
    <message>
        <source>The copied range of %1 × %2 cells does not fit here: it would reach beyond the table.</source>
        <translation>复制的 %1 × %2 个单元格区域放不下：会超出表格范围。</translation>
    </message>
    <message>
        <source>Nothing was pasted: the range reaches cells that are not amounts (%1).</source>
        <translation>未粘贴任何内容：区域包含非金额单元格（%1）。</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1 is computed and cannot be pasted into.</source>
        <translation>未粘贴任何内容：%1 由公式计算，不能粘贴。</translation>
    </message>
    <message>
        <source>Nothing was pasted: &quot;%1&quot; for %2: %3</source>
        <translation>未粘贴任何内容：%2 的“%1”：%3</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>文档为只读。</translation>
    </message>
</context>
<context>
    <name>TableFormEditor</name>
    <message>
        <source>Prepared by: %1</source>
        <translation>编制单位：%1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Unit: %1 (counts in their own units)</source>
        <translation>单位：%1（数量按各自单位）</translation>
    </message>
    <message>
        <source>Shaded cells are computed: from %1, and totals from the rows they add up.</source>
        <translation>灰色单元格为计算生成：取自%1，合计由所含各行汇总。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Shaded cells are computed: totals and subtotals add up the rows below them.</source>
        <translation>灰色单元格为计算生成：合计和小计由其下各行汇总。</translation>
    </message>
    <message>
        <source>The explanations ask no reason for this figure</source>
        <translation>说明中未要求此数的原因</translation>
    </message>
    <message>
        <source>Write the reason for this figure…</source>
        <translation>填写此数的原因…</translation>
    </message>
    <message>
        <source>Add a comment on this cell…</source>
        <translation>对此单元格添加批注…</translation>
    </message>
    <message>
        <source>Show the Changes of This Figure…</source>
        <translation>查看此数的修改记录…</translation>
    </message>
</context>
<context>
    <name>TableFormModel</name>
    <message>
        <source>Only amounts can be typed here.</source>
        <translation>此处只能录入金额。</translation>
    </message>
    <message>
        <source>#out of range</source>
        <translation>#超出范围</translation>
    </message>
    <message>
        <source>Out of range: this sum is beyond ±1,000,000,000,000 元 and cannot be computed. Check the amounts it adds.
</source>
        <translation>超出范围：此合计超出 ±1,000,000,000,000 元，无法计算。请检查参与合计的金额。
</translation>
    </message>
    <message>
        <source>Unknown: this figure has not been entered. Type 0 if it is zero.</source>
        <translation>未知：此数尚未填写。确为零的请填 0。</translation>
    </message>
    <message>
        <source>Unknown: computed from a figure that has not been entered.</source>
        <translation>未知：由尚未填写的数计算得出。</translation>
    </message>
    <message>
        <source>%1 〔%2〕</source>
        <translation>%1 〔%2〕</translation>
    </message>
    <message>
        <source>%1
A 科目 of %2</source>
        <translation>%1
%2的科目</translation>
    </message>
</context>
<context>
    <name>TableFormView</name>
    <message>
        <source>The document is read-only.</source>
        <translation>文档为只读。</translation>
    </message>
    <message>
        <source>This cell is computed and cannot be changed: %1</source>
        <translation>此单元格由公式计算，不能修改：%1</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>the profile &quot;%1&quot; is already defined in %2</source>
        <translation>模板“%1”已在 %2 中定义</translation>
    </message>
    <message>
        <source>No profile could be loaded.</source>
        <translation>没有可以加载的模板。</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>user folder</source>
        <translation>用户文件夹</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;</source>
        <translation>没有模板“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; extends itself</source>
        <translation>“%1”继承了它自己</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
</context>
<context>
    <name>TextPattern</name>
    <message>
        <source>&quot;%1&quot;: a &apos;}&apos; without its &apos;{&apos;.</source>
        <translation>“%1”：有“}”而缺少对应的“{”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a &apos;{&apos; without its &apos;}&apos;.</source>
        <translation>“%1”：有“{”而缺少对应的“}”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an empty {} field.</source>
        <translation>“%1”：有空的 {} 字段。</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add project</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Remove project %1</source>
        <translation>删除项目 %1</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>修改部门信息</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>修改项目 %1</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>修改文字</translation>
    </message>
    <message>
        <source>Edit project %1: %2</source>
        <translation>修改项目 %1：%2</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>在%2中添加 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>从%2中删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s) in %1</source>
        <translation>
            <numerusform>清除 %1 中的 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n cell(s) from Excel</source>
        <translation>
            <numerusform>从 Excel 导入 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s) into %1</source>
        <translation>
            <numerusform>向 %1 粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>Roll up the units again</source>
        <translation>重新汇总下属单位</translation>
    </message>
    <message numerus="yes">
        <source>Import %n cell(s) and %1 self-evaluation form(s) from Excel</source>
        <translation>
            <numerusform>从 Excel 导入 %n 个单元格和 %1 张自评表</numerusform>
        </translation>
    </message>
    <message>
        <source>Review: %1 → %2</source>
        <translation>审核：%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Review: %n sections → %1</source>
        <translation>
            <numerusform>审核：%n 个部分 → %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>批注标为已解决</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>重新打开批注</translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation>以%1身份签字</translation>
    </message>
    <message>
        <source>Withdraw signature of %1</source>
        <translation>撤回%1的签字</translation>
    </message>
</context>
<context>
    <name>UnitFiles</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 uses the profile &quot;%2&quot;, which this installation does not have.</source>
        <translation>%1 使用模板“%2”，本机未安装该模板。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 被重复列出。</translation>
    </message>
    <message>
        <source>%1 is of the profile &quot;%2&quot;, the department of &quot;%3&quot;: documents of different profiles cannot be rolled up together.</source>
        <translation>%1 使用模板“%2”，而部门使用“%3”：不同模板的文件不能汇总在一起。</translation>
    </message>
    <message>
        <source>%1 is for %2, %3 for %4: documents of different years cannot be rolled up together.</source>
        <translation>%1 为 %2 年度，%3 为 %4 年度：不同年度的文件不能汇总在一起。</translation>
    </message>
</context>
<context>
    <name>WordingReader</name>
    <message>
        <source>Figure &quot;%1&quot; compares &quot;%2&quot;, which is not defined.</source>
        <translation>数字“%1”比较了未定义的“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the figure &quot;%2&quot;, which is not defined here.</source>
        <translation>“%1”引用的数字“%2”在此未定义。</translation>
    </message>
    <message>
        <source>Condition &quot;%1&quot; names &quot;%2&quot;, which is not defined here.</source>
        <translation>条件“%1”引用的“%2”在此未定义。</translation>
    </message>
    <message>
        <source>A repeat over rows needs &quot;rows&quot; (a table) and &quot;level&quot;.</source>
        <translation>按行重复需要“rows”（表）和“level”。</translation>
    </message>
    <message>
        <source>A clause with &quot;join&quot; can have neither &quot;repeat&quot; nor &quot;cases&quot;.</source>
        <translation>带“join”的分句不能同时有“repeat”或“cases”。</translation>
    </message>
    <message>
        <source>A repeat over a list needs the part it comes from: {&quot;list&quot;: &quot;vehicles&quot;}.</source>
        <translation>按清单重复时须写明清单所在的部分，例如 {&quot;list&quot;: &quot;vehicles&quot;}。</translation>
    </message>
    <message>
        <source>&quot;repeat&quot; must be &quot;projects&quot;, &quot;outputs&quot;, &quot;units&quot;, {&quot;rows&quot;: …} or {&quot;list&quot;: …}.</source>
        <translation>“repeat”须为“projects”“outputs”“units”、{&quot;rows&quot;: …} 或 {&quot;list&quot;: …}。</translation>
    </message>
</context>
<context>
    <name>WorkbookImport</name>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>“%1”超出允许范围</translation>
    </message>
    <message>
        <source>%1: not found in the workbook</source>
        <translation>%1：工作簿中没有此表</translation>
    </message>
    <message numerus="yes">
        <source>%1 (sheet &quot;%2&quot;): %n figure(s) read</source>
        <translation>
            <numerusform>%1（工作表“%2”）：读取 %n 个数字</numerusform>
        </translation>
    </message>
    <message>
        <source>new row %1</source>
        <translation>新增科目行 %1</translation>
    </message>
    <message>
        <source>no such row: %1</source>
        <translation>未匹配的行：%1</translation>
    </message>
    <message>
        <source>no such column: %1</source>
        <translation>未匹配的栏：%1</translation>
    </message>
    <message>
        <source>column not in the workbook: %1</source>
        <translation>工作簿中缺少的栏：%1</translation>
    </message>
    <message>
        <source>%1: %2 in the document, %3 in the workbook</source>
        <translation>%1：文档中为 %2，工作簿中为 %3</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;; known: %2.</source>
        <translation>未知模板“%1”；已有：%2。</translation>
    </message>
    <message>
        <source>No table of the template &quot;%1&quot; was found in the workbook.</source>
        <translation>工作簿中没有找到模板“%1”的任何一张表。</translation>
    </message>
    <message>
        <source>The workbook does not name the department (编制单位).</source>
        <translation>工作簿没有写明编制单位。</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; is not a number</source>
        <translation>%1 %2：“%3”不是数字</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; is too large</source>
        <translation>%1 %2：“%3”过大</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; is not a 二级指标 of the form</source>
        <translation>%1 %2：“%3”不是自评表的二级指标</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n form(s) read</source>
        <translation>
            <numerusform>%1：已读取 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a form without 项目名称, not read</source>
        <translation>%1：自评表没有项目名称，未读取</translation>
    </message>
    <message>
        <source>new project %1 (%2)</source>
        <translation>新增项目 %1（%2）</translation>
    </message>
    <message>
        <source>replaces the project of the same name: %1 (%2)</source>
        <translation>替换同名项目：%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2): as in the document</source>
        <translation>%1（%2）：与文档一致</translation>
    </message>
</context>
<context>
    <name>WorkflowPage</name>
    <message>
        <source>1  Department</source>
        <translation>1  部门信息</translation>
    </message>
    <message>
        <source>Name, kind and units of the department.</source>
        <translation>部门名称、性质和所属单位。</translation>
    </message>
    <message>
        <source>2  Expenditure and income tables</source>
        <translation>2  支出表和收入表</translation>
    </message>
    <message>
        <source>Add the 科目 once (in 支出决算表) and type the figures; the totals and the summary tables follow.</source>
        <translation>科目只需添加一次（在支出决算表中），再填写数字；合计和总表随之生成。</translation>
    </message>
    <message>
        <source>3  三公 and other sheets</source>
        <translation>3  “三公”经费及其他表</translation>
    </message>
    <message>
        <source>“三公” expenses, last year&apos;s figures, procurement, assets and operating costs.</source>
        <translation>“三公”经费、上年数、政府采购、国有资产和机关运行经费。</translation>
    </message>
    <message>
        <source>4  Projects</source>
        <translation>4  项目</translation>
    </message>
    <message>
        <source>One performance self-evaluation per project.</source>
        <translation>每个项目一份绩效自评。</translation>
    </message>
    <message>
        <source>5  Reasons</source>
        <translation>5  原因说明</translation>
    </message>
    <message>
        <source>Explain the changes and variances the explanation asks about.</source>
        <translation>说明情况说明中要求解释的增减变化和差异。</translation>
    </message>
    <message>
        <source>6  Review</source>
        <translation>6  审核</translation>
    </message>
    <message>
        <source>Read the generated explanation and correct what the audit finds; then export.</source>
        <translation>阅读生成的情况说明，改正审核发现的问题，然后导出。</translation>
    </message>
    <message numerus="yes">
        <source>%n filled</source>
        <translation>
            <numerusform>已填 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty</source>
        <translation>
            <numerusform>未填 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with findings</source>
        <translation>
            <numerusform>%n 项有审核问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Order of work</source>
        <translation>工作顺序</translation>
    </message>
    <message>
        <source>Work through the steps from top to bottom. Each step shows how far it has come; click it to open the first part that still needs work.</source>
        <translation>请从上到下逐步完成。每一步都显示进度；点击即可打开其中第一处尚待处理的内容。</translation>
    </message>
    <message>
        <source>Marks in the navigation: %1 filled in · %2 empty · %3 has audit findings</source>
        <translation>导航中的标记：%1 已填写 · %2 未填写 · %3 有审核问题</translation>
    </message>
    <message>
        <source>Review: %1 ready for review · %2 approved · %3 returned · %4 modified since approval; no badge: draft</source>
        <translation>审核标记：%1 待审核 · %2 已审核 · %3 退回 · %4 审核后已修改；无标记为草稿</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx).</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>%1 不是 Excel 工作簿（.xlsx），或者文件已损坏。</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of sheets cannot be read.</source>
        <translation>%1 已损坏：无法读取工作表清单。</translation>
    </message>
    <message>
        <source>%1 is damaged: its texts cannot be read.</source>
        <translation>%1 已损坏：无法读取其中的文字。</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &quot;%2&quot; cannot be read.</source>
        <translation>%1 已损坏：无法读取工作表“%2”。</translation>
    </message>
    <message>
        <source>%1 has no worksheets.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Final Accounts Editor</source>
        <translation>决算编辑器</translation>
    </message>
    <message>
        <source>Some profile packages are broken and were not loaded; the other profiles can be used.</source>
        <translation>部分模板包有错误，未加载；其他模板仍可使用。</translation>
    </message>
    <message>
        <source>there is no display to open the editor on; the commands work without one (final-accounts help).</source>
        <translation>没有可以打开编辑器的显示器；命令行命令无需显示器即可使用（final-accounts help）。</translation>
    </message>
</context>
</TS>
