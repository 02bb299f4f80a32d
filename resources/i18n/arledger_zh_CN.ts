<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountRead</name>
    <message>
        <location filename="../../arledger/gui/dialogs/account_read.py" line="+40"/>
        <location filename="../../arledger/gui/dialogs/collections.py" line="+212"/>
        <source>Reading the account…</source>
        <translation>正在读取账户…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no customer with code &apos;%1&apos;.</source>
        <translation>没有编号为“%1”的客户。</translation>
    </message>
</context>
<context>
    <name>Aging</name>
    <message>
        <location filename="../../arledger/gui/formatting.py" line="+217"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
</context>
<context>
    <name>AgingChartView</name>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="+164"/>
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
</context>
<context>
    <name>AgingTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/aging.py" line="+36"/>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cur.</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+44"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../arledger/gui/app.py" line="+205"/>
        <source>arledger</source>
        <translation>arledger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Welcome to arledger</source>
        <translation>欢迎使用 arledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to arledger.</source>
        <translation>欢迎使用 arledger。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your ledger will be kept in
%1

Would you like to start with sample customers and invoices to look around? You can start a new, empty ledger at any time from the File menu.</source>
        <translation>您的台账将保存在
%1

是否先载入示例客户和发票来熟悉功能？您随时可以从“文件”菜单新建空台账。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add sample data</source>
        <translation>添加示例数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start empty</source>
        <translation>从空台账开始</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 is open in another arledger window; that window was brought to the front.</source>
        <translation>%1 已在另一个 arledger 窗口中打开；已将该窗口切换到前台。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The ledger was changed by another program; the window shows the new figures.</source>
        <translation>台账已被其他程序修改；窗口已显示最新数据。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The translation files for this language are missing; the app stays in English.</source>
        <translation>缺少该语言的翻译文件，界面将保持英文。</translation>
    </message>
</context>
<context>
    <name>BankReviewPage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="+524"/>
        <source>Review the bank statement</source>
        <translation>核对银行对账单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record accepted payments</source>
        <translation>记录已接受的付款</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remittance</source>
        <translation>汇款附言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Matching %1…</source>
        <translation>正在匹配 %1…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Nothing new: all %1 lines of this statement were imported before.</source>
        <translation>没有新内容：此对账单的全部 %1 行此前均已导入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lines: %2 matched, %3 unmatched, %4 money out, %5 imported before. %6 accepted; only accepted lines become payments.</source>
        <translation>共 %1 行：%2 行已匹配，%3 行未匹配，%4 行为支出，%5 行此前已导入。已接受 %6 行；只有已接受的行才会记为付款。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bank statement</source>
        <translation>银行对账单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording payments…</source>
        <translation>正在记录付款…</translation>
    </message>
</context>
<context>
    <name>BatchSummaryDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/batch_summary.py" line="+32"/>
        <source>Send today&apos;s letters</source>
        <translation>发送今日信函</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n letter(s) will be archived, logged as sent and made ready to print.</source>
        <translation>
            <numerusform>%n 封信函将被归档、记录为已发送并准备打印。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n customer(s) are paused (promise, dispute or plan) and get no letter.</source>
        <translation>
            <numerusform>%n 个客户处于暂停状态（付款承诺、争议或分期计划），不会收到信函。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letters</source>
        <translation>函件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>索偿金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send by &amp;email where the customer has an address (the others are printed)</source>
        <translation>有邮箱地址的客户通过电子邮件发送(&amp;E)（其余打印）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set up a mail server in the settings to send letters by email.</source>
        <translation>请先在设置中配置邮件服务器，才能通过电子邮件发送函件。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Print and post</source>
        <translation>打印并邮寄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>Send %n letter(s)</source>
        <translation>
            <numerusform>发送 %n 封信函</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/cases.py" line="+56"/>
        <source>Case of %1</source>
        <translation>%1 的催收案件</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stage</source>
        <translation>阶段(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the owner or the stage.</source>
        <translation>请更改负责人或阶段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name an owner or choose a stage.</source>
        <translation>请指定负责人或选择阶段。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>owner %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case of %1: %2.</source>
        <translation>%1 的催收案件：%2。</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../arledger/gui/views/case_panel.py" line="+91"/>
        <source>Owner and stage…</source>
        <translation>负责人和阶段…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settlement offer…</source>
        <translation>和解方案…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand over…</source>
        <translation>移交…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the pack for a lawyer, agency or court and record the handover</source>
        <translation>为律师、催收机构或法院生成材料包并记录移交</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offered</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To pay</source>
        <translation>应付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given up</source>
        <translation>让步金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settlement offers</source>
        <translation>和解方案</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>阶段：&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nobody yet</source>
        <translation>尚未指定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promises kept: %1 (%2 of %3) · Average days late: %4</source>
        <translation>承诺兑现：%1（%3 个中 %2 个）· 平均逾期天数：%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Risk tier %1</source>
        <translation>风险等级 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No risk tier yet: it is worked out when something is open.</source>
        <translation>尚无风险等级：有未结款项时才会评估。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held back: approval needed</source>
        <translation>暂缓：需审批</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Settlement offer</source>
        <translation>和解方案</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Handover</source>
        <translation>移交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the handover pack…</source>
        <translation>正在生成移交材料包…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handed over: %1 (%2 pages) and %3 written.</source>
        <translation>已移交：已生成 %1（%2 页）和 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handover pack was not written: %1</source>
        <translation>未能生成移交材料包：%1</translation>
    </message>
</context>
<context>
    <name>CaseStage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/cases.py" line="-77"/>
        <source>Monitoring</source>
        <translation>观察</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>催收中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise</source>
        <translation>付款承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instalment plan</source>
        <translation>分期计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute</source>
        <translation>争议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over: lawyer</source>
        <translation>已移交：律师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over: agency</source>
        <translation>已移交：催收机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over: court</source>
        <translation>已移交：法院</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed: paid</source>
        <translation>已结案：已付清</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed: settled</source>
        <translation>已结案：已和解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed: written off</source>
        <translation>已结案：已核销</translation>
    </message>
</context>
<context>
    <name>CheckFilePage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="-258"/>
        <source>Check the file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+123"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import them anyway</source>
        <translation>仍然导入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why they go in anyway (kept in the evidence log for each invoice)</source>
        <translation>仍然导入的理由（每张发票都会记入证据日志）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>… and %1 more.</source>
        <translation>……另有 %1 个。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n invoice(s) would take a customer over the credit limit or are for a customer on hold; nothing will be written. Tick Import them anyway and give the reason to import them, or fix the file.</source>
        <translation>
            <numerusform>有 %n 张发票会使客户超出信用额度，或其客户处于暂停状态；不会写入任何内容。勾选“仍然导入”并填写理由即可导入，或修改文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This file cannot be imported: %n problem(s) found. Nothing will be written; fix the file or the mapping and check it again.</source>
        <translation>
            <numerusform>此文件无法导入：发现 %n 个问题。不会写入任何数据；请修正文件或列映射后重新检查。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New customers: %1.</source>
        <translation>新客户：%1。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>All %1 rows are valid. Press Import to add them to the ledger in one step.</source>
        <translation>全部 %1 行均有效。点击“导入”一次性写入台账。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../arledger/gui/choices.py" line="+13"/>
        <source>England &amp; Wales</source>
        <translation>英格兰和威尔士</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU</source>
        <translation>欧盟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="-413"/>
        <source>What would you like to import?</source>
        <translation>您要导入什么？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV, Excel or QuickBooks IIF file with a header row, or a bank statement (camt.053/054, OFX/QFX, MT940 or CSV). Every row is checked before anything is written; one bad row stops the whole file.</source>
        <translation>带表头的 CSV、Excel 或 QuickBooks IIF 文件，或银行对账单（camt.053/054、OFX/QFX、MT940 或 CSV）。写入前会检查每一行；任何一行有误，整个文件都不会导入。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Payments from your bank, matched to customers and invoices for you to review.</source>
        <translation>来自银行的付款，已匹配到客户和发票，供您核对。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns: %1; optional: %2</source>
        <translation>必需列：%1；可选列：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Spreadsheets and statements (*.csv *.txt *.xlsx *.xlsm *.iif *.xml *.ofx *.qfx *.sta *.940);;All files (*)</source>
        <translation>表格和对账单 (*.csv *.txt *.xlsx *.xlsm *.iif *.xml *.ofx *.qfx *.sta *.940);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="+48"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check promise</source>
        <translation>核对承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm promise</source>
        <translation>书面确认承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken promise</source>
        <translation>承诺未兑现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate</source>
        <translation>升级处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limitation</source>
        <translation>诉讼时效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instalment plan</source>
        <translation>分期计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute opened</source>
        <translation>提出争议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute resolved</source>
        <translation>争议已解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guard override</source>
        <translation>规则例外</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write-off</source>
        <translation>核销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgment</source>
        <translation>债务确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand delivered</source>
        <translation>催告已送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suit filed</source>
        <translation>已起诉</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>last contact %1</source>
        <translation>上次联系 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never contacted</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call about %1, up to %2 days overdue (%3); ask for a dated promise.</source>
        <translation>就 %1 致电，最长逾期 %2 天（%3）；请对方给出明确的付款日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the level %1 letter (%2): %3 invoices, %4</source>
        <translation>发送第 %1 级函件（%2）：%3 张发票，%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the promise of %1 due %2.</source>
        <translation>核对 %2 到期的 %1 付款承诺。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the written confirmation of promise %1 (recorded %2).</source>
        <translation>发送承诺 %1 的书面确认（记录于 %2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 becomes time-barred on %2 (%3 days): obtain a signed acknowledgment or a payment, or start proceedings.</source>
        <translation>%1 将于 %2 超过诉讼时效（还剩 %3 天）：请取得书面确认或部分付款，或提起诉讼。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+340"/>
        <source>DSO</source>
        <translation>DSO 应收账款周转天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best possible DSO</source>
        <translation>最佳可能 DSO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average days delinquent</source>
        <translation>平均逾期天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CEI</source>
        <translation>CEI 回款效率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery rate</source>
        <translation>回款率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average collection days</source>
        <translation>平均回款天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad-debt ratio</source>
        <translation>坏账率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise-kept rate</source>
        <translation>承诺兑现率</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>ConfirmChangeDialog</name>
    <message numerus="yes">
        <location filename="../../arledger/gui/dialogs/confirm.py" line="+32"/>
        <source>%n item(s); in all %1.</source>
        <translation>
            <numerusform>共 %n 项；合计 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is deleted: this is recorded in the evidence log and can only be undone by a reversal.</source>
        <translation>不会删除任何记录：此操作记入证据日志，只能通过冲销撤回。</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/credit_note.py" line="+25"/>
        <source>Credit Note</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>e.g. damaged goods returned</source>
        <translation>例如：退回损坏的货物</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note &amp;number</source>
        <translation>贷项通知单编号(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pply to</source>
        <translation>核销到(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record Credit Note</source>
        <translation>记录贷项通知单</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Oldest invoices first</source>
        <translation>最早的发票优先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep on the account as credit</source>
        <translation>作为贷项留在账户上</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — open %2</source>
        <translation>%1 — 未结 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Credit note %1 of %2 recorded</source>
        <translation>已记录贷项通知单 %1，金额 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 on the account as credit</source>
        <translation>；%1 作为贷项留在账户上</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="+34"/>
        <source>Edit Customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sole trader</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None (e.g. 12.5)</source>
        <translation>无（例如 12.5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contractual late-payment interest, percent a year</source>
        <translation>合同约定的逾期利率（年利率，%）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contractual fixed fee per late invoice, in the customer&apos;s currency</source>
        <translation>每张逾期发票的合同约定固定费用（客户币种）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment date agreed by contract</source>
        <translation>付款日期由合同约定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In default without a reminder from the day after the due date (BGB § 286 (2) no. 1)</source>
        <translation>自到期日次日起无需催告即构成迟延（《德国民法典》第286条第2款第1项）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices warn of default after 30 days</source>
        <translation>发票载明30日后构成迟延</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consumer is in default 30 days after the due date only if the invoice says so (BGB § 286 (3))</source>
        <translation>仅当发票载明时，消费者才于到期后30日构成迟延（《德国民法典》第286条第3款）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not contact</source>
        <translation>禁止联系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attorney on record</source>
        <translation>已委托律师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma-separated, e.g. wholesale, north</source>
        <translation>以逗号分隔，例如 批发, 华北</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one per line: name | role | phone | email</source>
        <translation>每行一位：姓名 | 职务 | 电话 | 电子邮件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code</source>
        <translation>编号(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency</source>
        <translation>币种(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment &amp;terms</source>
        <translation>账期(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit &amp;limit</source>
        <translation>信用额度(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract &amp;rate %</source>
        <translation>合同利率 %(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract &amp;fee</source>
        <translation>合同费用(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>适用法域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter language</source>
        <translation>函件语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;people</source>
        <translation>联系人(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Customer</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contract rate</source>
        <translation>合同利率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contract fee</source>
        <translation>合同费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country is a two-letter code such as GB, DE or CN.</source>
        <translation>国家/地区请填写两位字母代码，例如 GB、DE 或 CN。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>contact people</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved customer %1.</source>
        <translation>已保存客户 %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added customer %1.</source>
        <translation>已添加客户 %1。</translation>
    </message>
</context>
<context>
    <name>CustomerPickerEdit</name>
    <message>
        <location filename="../../arledger/gui/dialogs/base.py" line="+375"/>
        <source>Customer code or name</source>
        <translation>客户编号或名称</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="+46"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>账期</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open balance</source>
        <translation>未结余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open invoices</source>
        <translation>未结发票</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest due</source>
        <translation>最早到期</translation>
    </message>
</context>
<context>
    <name>CustomerViewPage</name>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="+83"/>
        <source>Back (Alt+Left)</source>
        <translation>返回（Alt+左方向键）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Log contact</source>
        <translation>记录联络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>分期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dispute</source>
        <translation>争议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open items</source>
        <translation>未结项目</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing recorded for this customer yet. Log a call or an email (Ctrl+L), record a promise, or send a letter: each one appears here with its time and its place in the evidence log.</source>
        <translation>该客户尚无记录。记录一次电话或邮件（Ctrl+L）、登记付款承诺或发送函件后，都会连同时间和证据日志序号显示在这里。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Resolve dispute…</source>
        <translation>解决争议…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disputes</source>
        <translation>争议</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promises and plans</source>
        <translation>承诺与分期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open letter</source>
        <translation>打开函件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letters sent</source>
        <translation>已发函件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit details…</source>
        <translation>编辑详情…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case</source>
        <translation>催收案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the pack for a lawyer, agency or court and record the handover</source>
        <translation>为律师、催收机构或法院生成材料包并记录移交</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Promises are evaluated from payments: kept when paid in full by the date plus the grace days.</source>
        <translation>承诺根据收款自动评估：在承诺日期加宽限天数内全额付款即为兑现。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plan %1: %2 · %3 instalments · %4 promised, %5 paid — %6</source>
        <translation>计划 %1：%2 · 共 %3 期 · 承诺 %4，已付 %5 — %6</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Risk %1</source>
        <translation>风险 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk tier from average days late, broken promises, overdue share and credit use</source>
        <translation>风险等级依据平均逾期天数、未兑现承诺、逾期占比和信用额度使用情况</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条预警</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not contact</source>
        <translation>禁止联系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attorney on record</source>
        <translation>已委托律师</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n open dispute(s)</source>
        <translation>
            <numerusform>%n 个未决争议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pending promise(s)</source>
        <translation>
            <numerusform>%n 个待兑现承诺</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1-day terms</source>
        <translation>账期 %1 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credit limit %1</source>
        <translation>信用额度 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open · %1</source>
        <translation>未结 · %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln open invoice(s) · oldest due %1</source>
        <translation>
            <numerusform>%Ln 张未结发票 · 最早到期 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="-23"/>
        <source>time-barred since %1</source>
        <translation>已于 %1 届满</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time-barred on %1 (%2 days)</source>
        <translation>将于 %1 届满（剩 %2 天）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; and %1 more</source>
        <translation>；另有 %1 项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obtain a signed acknowledgment or a part payment, or start proceedings.</source>
        <translation>请取得签字确认或部分付款，或提起诉讼。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>适用法域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter language</source>
        <translation>函件语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="+34"/>
        <source>Search code, name, email or phone</source>
        <translation>搜索编号、名称、邮箱或电话</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any risk</source>
        <translation>任意风险等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk %1</source>
        <translation>风险 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+104"/>
        <source>Show invoices</source>
        <translation>查看发票</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln customer(s) match “%1”</source>
        <translation>
            <numerusform>%Ln 个客户匹配“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No customer matches the search.</source>
        <translation>没有匹配的客户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customers yet. Add one with New customer (Ctrl+Shift+N), import a file (Ctrl+I), or try the sample ledger (File ▸ New Ledger, or arledger --demo).</source>
        <translation>还没有客户。可点击“新建客户”（Ctrl+Shift+N）、导入文件（Ctrl+I），或先试用示例台账（arledger --demo）。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="+26"/>
        <location line="+199"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Aging of receivables</source>
        <translation>应收账款账龄</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Most overdue customers</source>
        <translation>逾期最多的客户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest</source>
        <translation>最长账龄</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Click a customer to see the overdue invoices</source>
        <translation>点击客户查看其逾期发票</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Collection measures, last 90 days</source>
        <translation>催收指标，最近 90 天</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Limitation warnings</source>
        <translation>诉讼时效预警</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click to open the customer</source>
        <translation>双击打开客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No debt is within 180 days of its limitation date.</source>
        <translation>没有距诉讼时效届满不足 180 天的欠款。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This ledger is empty</source>
        <translation>台账为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in your customers and open invoices from a spreadsheet, add a first customer by hand, or look around a sample ledger first (it opens in a temporary file; your ledger is not touched).</source>
        <translation>可从表格导入客户和未结发票，手动添加第一个客户，或先浏览示例台账（在临时文件中打开，不影响您的台账）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import from CSV or Excel… (Ctrl+I)</source>
        <translation>从 CSV 或 Excel 导入…（Ctrl+I）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer… (Ctrl+Shift+N)</source>
        <translation>新建客户…（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the sample ledger</source>
        <translation>试用示例台账</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>As of %1 · %2 customers</source>
        <translation>截至 %1 · %2 个客户</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing is owed to you yet. Add customers and invoices, or import them from a spreadsheet with File ▸ Import (Ctrl+I).</source>
        <translation>目前没有应收款。请添加客户和发票，或通过“文件 ▸ 导入”（Ctrl+I）从表格导入。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Collection measures, %1 – %2</source>
        <translation>催收指标，%1 – %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>best %1</source>
        <translation>最佳 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n evaluated</source>
        <translation>
            <numerusform>已评估 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Limitation warnings (%1)</source>
        <translation>诉讼时效预警（%1）</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="+477"/>
        <location line="+26"/>
        <source>Resolve Dispute</source>
        <translation>解决争议</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+44"/>
        <source>Open Dispute</source>
        <translation>提出争议</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;Invoice</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. credit note issued for the damaged items</source>
        <translation>例如：已就损坏货品开具贷项通知单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution</source>
        <translation>解决方式(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stated: the disputed part bears interest again from this date</source>
        <translation>未说明：争议部分自该日起重新计息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upheld: the customer was right; the disputed part bears no interest</source>
        <translation>成立：客户有理，争议部分不计利息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected: we were right; the disputed part bears interest from the due date</source>
        <translation>不成立：我方有理，争议部分自到期日起计息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the whole open amount</source>
        <translation>全部未结金额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the customer says is wrong</source>
        <translation>客户认为存在的问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eason</source>
        <translation>原因(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disputed amount leaves escalation until the dispute is resolved and bears no interest from its due date; letters may still claim the undisputed part.</source>
        <translation>争议金额在争议解决前不再升级催收，并自到期日起不计利息；函件仍可主张无争议部分。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>resolution</source>
        <translation>解决方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more than the %1 still open.</source>
        <translation>超过了当前未结的 %1。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Resolved the dispute on %1.</source>
        <translation>已解决 %1 的争议。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened a dispute on %1.</source>
        <translation>已就 %1 提出争议。</translation>
    </message>
</context>
<context>
    <name>DisputeTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="-209"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole open amount</source>
        <translation>全部未结金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>未决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note / resolution</source>
        <translation>备注 / 解决方式</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="+518"/>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payments recorded from %2: %1 (%3). Rejected, unmatched and debit lines are remembered so the statement is never imported twice.</source>
        <translation>已从 %2 记录付款：%1（%3）。已拒绝、未匹配和支出的行也会被记住，因此同一对账单不会重复导入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 rows were added from %2.</source>
        <translation>已从 %2 导入 %1 行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customers: %1.</source>
        <translation>新客户：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left as unapplied credit: %1.</source>
        <translation>未冲销贷项：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n invoice(s) went in despite credit control; each override is in the evidence log with your reason.</source>
        <translation>
            <numerusform>有 %n 张发票未通过信用控制但已导入；每次例外操作及您的理由都已记入证据日志。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../arledger/gui/errors.py" line="+64"/>
        <source>An unexpected error stopped this action (%1). The details are in the log; Copy details puts them on the clipboard for a bug report.</source>
        <translation>一个意外错误中止了此操作（%1）。详细信息已写入日志；“复制详细信息”会将其放到剪贴板，以便报告问题。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>arledger — unexpected error</source>
        <translation>arledger — 意外错误</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/cases.py" line="+150"/>
        <source>Hand over %1</source>
        <translation>移交 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lawyer</source>
        <translation>律师</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collection agency</source>
        <translation>催收机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hand over &amp;to</source>
        <translation>移交给(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes one indexed PDF (claim summary, statement, invoices and their documents, letters with dispatch records, the evidence log with its chain head, disputes, limitation) and a zip of the same data as CSV/JSON. The case moves to the handed-over stage and the ledger sends no more letters for it.</source>
        <translation>生成一份带目录的 PDF（债权汇总、对账单、发票及其附件、信函及寄送记录、证据日志及链尾哈希、争议、诉讼时效），并将同样的数据以 CSV/JSON 打包为 zip。案件转入“已移交”阶段，台账不再为其发送信函。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write pack and hand over</source>
        <translation>生成材料包并移交</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the pack</source>
        <translation>材料包文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_labels.py" line="+21"/>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company or person</source>
        <translation>公司或个人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>适用法域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms (days)</source>
        <translation>付款期限（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract interest rate</source>
        <translation>合同利率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract late fee</source>
        <translation>合同滞纳费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LPR factor</source>
        <translation>LPR 倍数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk tier</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact people</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>禁止联系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attorney on record</source>
        <translation>已委托律师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line amount</source>
        <translation>行金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax amount</source>
        <translation>税额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice received on</source>
        <translation>发票送达日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voided on</source>
        <translation>作废日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open amount</source>
        <translation>未结金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied to (invoice:amount)</source>
        <translation>冲抵（发票:金额）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed on</source>
        <translation>冲销日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversal reason</source>
        <translation>冲销原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money in</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remittance</source>
        <translation>汇款附言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank reference</source>
        <translation>银行参考号</translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <location line="-59"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit notes</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write-offs</source>
        <translation>核销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank statement</source>
        <translation>银行对账单</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="+12"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recorded %1 payments from %2.</source>
        <translation>已从 %2 记录 %1 笔付款。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 rows (%2) from %3.</source>
        <translation>已从 %3 导入 %1 行（%2）。</translation>
    </message>
</context>
<context>
    <name>InterestTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="+109"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compensation</source>
        <translation>补偿金</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cur.</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>InvoiceChecklist</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="-648"/>
        <source>, %1 days late</source>
        <translation>，逾期 %1 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — open %2, due %3%4</source>
        <translation>%1 — 未结 %2，%3 到期%4</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="+23"/>
        <source>New Invoice</source>
        <translation>新建发票</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>from the customer&apos;s terms</source>
        <translation>按客户账期计算</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purchase order or contract</source>
        <translation>采购订单或合同号</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice &amp;number</source>
        <translation>发票号(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issued</source>
        <translation>开票日期(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due</source>
        <translation>到期日(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference</source>
        <translation>参考号(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment date agreed by contract</source>
        <translation>付款日期由合同约定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In default without a reminder from the day after the due date (BGB § 286 (2) no. 1)</source>
        <translation>自到期日次日起无需催告即构成迟延（《德国民法典》第286条第2款第1项）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice warns of default after 30 days</source>
        <translation>发票载明30日后构成迟延</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consumer is in default 30 days after the due date only if the invoice says so (BGB § 286 (3))</source>
        <translation>仅当发票载明时，消费者才于到期后30日构成迟延（《德国民法典》第286条第3款）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received by the debtor on</source>
        <translation>债务人收到日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default comes at the latest 30 days after the due date and the invoice&apos;s receipt, whichever is later (BGB § 286 (3)); if the receipt is not recorded, the due date stands for it</source>
        <translation>最迟于到期日和发票送达日两者中较晚者之后 30 天陷于迟延（德国民法典第 286 条第 3 款）；未记录送达日期时以到期日代替</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>why it goes in anyway (kept in the evidence log)</source>
        <translation>仍然开具的原因（记入证据日志）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;verride reason</source>
        <translation>例外理由(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Invoice</source>
        <translation>添加发票</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 · pays in %2 · %3-day terms</source>
        <translation>%1 · 以 %2 付款 · 账期 %3 天</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no customer with code &apos;%1&apos;.</source>
        <translation>没有编号为“%1”的客户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice number</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An invoice numbered &apos;%1&apos; already exists.</source>
        <translation>发票号“%1”已存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The due date is before the issue date.</source>
        <translation>到期日早于开票日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The invoice cannot have been received before it was issued.</source>
        <translation>发票不可能在开票日之前送达。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give an override reason to raise it anyway.</source>
        <translation>请填写例外理由以仍然开具。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add %1 for %2</source>
        <translation>添加 %1，金额 %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Added invoice %1 for %2.</source>
        <translation>已添加发票 %1，金额 %2。</translation>
    </message>
</context>
<context>
    <name>InvoiceField</name>
    <message>
        <location filename="../../arledger/gui/dialogs/base.py" line="+49"/>
        <source>invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 · open %3 of %4</source>
        <translation>%1 · %2 · 未结 %3（共 %4）</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="+35"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed: an open dispute covers all or part of this invoice</source>
        <translation>有争议：该发票全部或部分存在未解决的争议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cur.</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disputed</source>
        <translation>有争议</translation>
    </message>
</context>
<context>
    <name>InvoiceViewDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="+134"/>
        <source>Open the customer&apos;s account</source>
        <translation>打开客户账户</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+37"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Paid and credited</source>
        <translation>已付及已冲销</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Interest and compensation</source>
        <translation>利息和补偿</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Record payment</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log contact</source>
        <translation>记录联络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute</source>
        <translation>争议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve dispute</source>
        <translation>解决争议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write off</source>
        <translation>核销坏账</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been paid, credited or written off on this invoice yet. Record a payment when one arrives.</source>
        <translation>该发票尚无付款、冲销或核销。收到款项时请登记付款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note / resolution</source>
        <translation>备注 / 解决方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dispute. If the customer queries this invoice, open a dispute: it pauses letters and interest on the disputed part.</source>
        <translation>无争议。客户对该发票提出异议时请登记争议：争议部分将暂停催款函和计息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made by</source>
        <translation>承诺人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No promise covers this invoice. Ask for a dated promise when you call.</source>
        <translation>没有付款承诺涵盖该发票。致电时请对方给出明确日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Archived file</source>
        <translation>归档文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No letter has listed this invoice yet.</source>
        <translation>尚无函件列出该发票。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logged contact names this invoice.</source>
        <translation>没有联系记录提到该发票。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate source</source>
        <translation>利率来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interest: the invoice is not overdue, or is settled.</source>
        <translation>不计利息：该发票未逾期或已结清。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No documents attached. Attach the contract, the invoice copy and the delivery note (arledger attach): they are the evidence a court asks for.</source>
        <translation>尚无附件。请附上合同、发票副本和送货单（arledger attach）：这些是法院要求的证据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settlements</source>
        <translation>结算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disputes</source>
        <translation>争议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letters</source>
        <translation>函件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>联系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <source>Invoice %1</source>
        <translation>发票 %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Invoice %1 — %2</source>
        <translation>发票 %1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settled %1</source>
        <translation>已于 %1 结清</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 day overdue</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise pending</source>
        <translation>承诺待履行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued %1</source>
        <translation>开票 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1</source>
        <translation>到期 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reference %1</source>
        <translation>参考号 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit note</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write-off</source>
        <translation>核销</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>whole open amount</source>
        <translation>全部未结金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>未决</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not archived</source>
        <translation>未归档</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fixed compensation: %1</source>
        <translation>固定补偿：%1</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="+37"/>
        <source>Search invoice number, reference or customer</source>
        <translation>搜索发票号、参考号或客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All invoices</source>
        <translation>全部发票</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days past due (the ledger&apos;s aging buckets)</source>
        <translation>逾期天数（账本的账龄区间）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show every customer&apos;s invoices</source>
        <translation>显示所有客户的发票</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All currencies</source>
        <translation>全部币种</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any age</source>
        <translation>任意账龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days late</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln open invoice(s)</source>
        <translation>
            <numerusform>%Ln 张未结发票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln overdue invoice(s)</source>
        <translation>
            <numerusform>%Ln 张逾期发票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln settled invoice(s)</source>
        <translation>
            <numerusform>%Ln 张已结清发票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln 张发票</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No invoices yet. Add one with New invoice (Ctrl+N), or bring in your books with Import (Ctrl+I).</source>
        <translation>还没有发票。可点击“新建发票”（Ctrl+N），或通过导入（Ctrl+I）导入账目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No invoice matches these filters.</source>
        <translation>没有符合筛选条件的发票。</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="+88"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>LedgerOp</name>
    <message>
        <location filename="../../arledger/gui/operations.py" line="+333"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the current step…</source>
        <translation>当前步骤完成后停止…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="+235"/>
        <source>Letter to %1</source>
        <translation>致 %1 的函件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The level due</source>
        <translation>应发级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level %1 · %2</source>
        <translation>第 %1 级 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence &amp;appendix</source>
        <translation>证据附录(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach the customer&apos;s evidence log up to the letter&apos;s date as numbered exhibits (levels 3 and 4 carry it unless you clear this)</source>
        <translation>将客户截至信函日期的证据日志作为编号附件附上（第 3、4 级默认附带，除非取消勾选）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Level</source>
        <translation>级别(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive this PDF and record it in the evidence log as sent</source>
        <translation>归档此 PDF，并作为已发送记入催收记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send by &amp;email</source>
        <translation>通过电子邮件发送(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email this letter as a PDF attachment; it is archived and recorded only once the mail server accepted it</source>
        <translation>以 PDF 附件通过电子邮件发送本函；仅在邮件服务器接收后才归档并记录</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>, reply by %1</source>
        <translation>，%1 前答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of %1 · level %2 (%3) · %4 invoices · claims %5%6 · not sent yet</source>
        <translation>%1 预览 · 第 %2 级（%3）· %4 张发票 · 主张 %5%6 · 尚未发送</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sending by email…</source>
        <translation>正在通过电子邮件发送…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not sent, nothing was recorded: %1</source>
        <translation>未发送，未作任何记录：%1</translation>
    </message>
</context>
<context>
    <name>LetterRunTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="-191"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim</source>
        <translation>主张金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../arledger/gui/views/letters.py" line="+98"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview letter</source>
        <translation>预览函件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate all due</source>
        <translation>生成全部应发函件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of account</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reminders and demands</source>
        <translation>提醒与催款函</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other letters</source>
        <translation>其他函件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices sent</source>
        <translation>已发函件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Preview and send…</source>
        <translation>预览并发送(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send by &amp;email</source>
        <translation>通过电子邮件发送(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Archive to print</source>
        <translation>归档待打印(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>Letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>About</source>
        <translation>事由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;posting…</source>
        <translation>登记邮寄(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;delivery…</source>
        <translation>登记送达(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>送达</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No other letters are due today.</source>
        <translation>今天没有其他应发函件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Other letters (%1)</source>
        <translation>其他函件（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before the due date</source>
        <translation>到期日之前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise %1, to pay by %2</source>
        <translation>承诺 %1，%2 前付款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instalment plan %1</source>
        <translation>分期计划 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in full</source>
        <translation>已全部付清</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emailed</source>
        <translation>已发电子邮件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posted (%1)</source>
        <translation>已邮寄（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived, not sent out yet</source>
        <translation>已归档，尚未发出</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The customer has no email address, or no mail server is set up.</source>
        <translation>该客户没有电子邮件地址，或尚未设置邮件服务器。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sending: %1 to %2…</source>
        <translation>正在发送：%1 致 %2…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>emailed to %1</source>
        <translation>已通过电子邮件发送至 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived to print at %1</source>
        <translation>已归档待打印：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 sent: %3.</source>
        <translation>%1 %2 已发送：%3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent, nothing was recorded: %1</source>
        <translation>未发送，未作任何记录：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Letter %1</source>
        <translation>函件 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Letters</source>
        <translation>函件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working out the letters due…</source>
        <translation>正在计算应发函件…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 · %2 letters due · %3 customers paused</source>
        <translation>%1 · 应发函件 %2 封 · 暂停客户 %3 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No letters are due today.</source>
        <translation>今天没有应发的函件。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Folder for today&apos;s letters</source>
        <translation>今日函件的保存文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some interest would be computed with a reference rate past the end of its table:</source>
        <translation>部分利息将使用超出利率表截止日期的参考利率计算：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the letters with the last known rates anyway?</source>
        <translation>仍要按最后已知利率发送这些信函吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate tables out of date</source>
        <translation>利率表已过期</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Letters for printing</source>
        <translation>待打印函件</translation>
    </message>
</context>
<context>
    <name>LimitationTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="+27"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time-barred on</source>
        <translation>时效届满日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time-barred</source>
        <translation>已过时效</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="+110"/>
        <location line="+120"/>
        <source>Log Contact</source>
        <translation>记录联络</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Outgoing (we contacted them)</source>
        <translation>呼出（我们联系对方）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming (they contacted us)</source>
        <translation>呼入（对方联系我们）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who you spoke to</source>
        <translation>与您通话的人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promise to pay</source>
        <translation>承诺付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dispute raised</source>
        <translation>提出争议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial difficulty</source>
        <translation>资金困难</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliberate delay</source>
        <translation>故意拖延</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality dispute</source>
        <translation>质量争议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process / approval</source>
        <translation>流程/审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person changed</source>
        <translation>联系人变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was said or sent, in a sentence or two</source>
        <translation>用一两句话概括沟通或发送的内容</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Why this contact is justified anyway (recorded in the evidence log)</source>
        <translation>为何仍需联络（将写入催收记录）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override &amp;reason</source>
        <translation>例外理由(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>方向(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person</source>
        <translation>联系人(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaso&amp;n given</source>
        <translation>对方原因(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invoices</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All situations</source>
        <translation>全部情形</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this ledger&apos;s talk tracks</source>
        <translation>编辑本台账的通话话术</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Talk tracks</source>
        <translation>沟通话术</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the person who handles payments</source>
        <translation>负责付款的人</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 for the customer (%2)</source>
        <translation>客户当地时间 %1（%2）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A contact rule applies:</source>
        <translation>适用联系规则：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The contact time is in the future.</source>
        <translation>联络时间不能晚于现在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact breaks a contact rule (see above); give an override reason to record it anyway.</source>
        <translation>此次联络违反联络规则（见上方）；如仍需记录，请填写例外理由。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Logged a %1 contact with %2.</source>
        <translation>已记录与 %2 的%1联络。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The override was recorded in the evidence log.</source>
        <translation>例外理由已写入催收记录。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="+126"/>
        <source>&amp;New Ledger…</source>
        <translation>新建台账(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new, empty ledger file</source>
        <translation>新建一个空台账文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Ledger…</source>
        <translation>打开台账(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another ledger file</source>
        <translation>打开其他台账文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import customers, invoices or payments from CSV or Excel</source>
        <translation>从 CSV 或 Excel 导入客户、发票或收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of this ledger</source>
        <translation>保存此台账的副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Customer…</source>
        <translation>新建客户(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Customer…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Invoice…</source>
        <translation>新建发票(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New invoice</source>
        <translation>新建发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Payment…</source>
        <translation>登记收款(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record payment</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write Off…</source>
        <translation>核销坏账(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write off</source>
        <translation>核销坏账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About arledger</source>
        <translation>关于 arledger(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected customer&apos;s account, timeline and letters</source>
        <translation>查看所选客户的账户、时间线和函件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Invoice</source>
        <translation>打开发票(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected invoice: payments, disputes, promises, letters, interest and documents</source>
        <translation>显示所选发票：付款、争议、承诺、函件、利息和文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log Contact…</source>
        <translation>记录联络(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a call, email, letter or visit; the contact rules are checked first</source>
        <translation>记录电话、邮件、信函或拜访；会先检查联络规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record P&amp;romise…</source>
        <translation>记录承诺(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a promise to pay an amount by a date</source>
        <translation>记录在某日期前支付某金额的承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instalment P&amp;lan…</source>
        <translation>分期计划(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree a schedule of dated instalments</source>
        <translation>约定按日期分期付款的计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Dispute…</source>
        <translation>提出争议(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take an invoice out of escalation while a dispute is open</source>
        <translation>争议未决期间暂停该发票的升级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resol&amp;ve Dispute…</source>
        <translation>解决争议(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waive &amp;Interest…</source>
        <translation>免除利息(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waive interest or compensation on an invoice, whole or part, with a reason</source>
        <translation>免除发票的全部或部分利息或补偿，并注明原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark Task Done</source>
        <translation>标记任务完成(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected follow-up task done</source>
        <translation>将所选跟进任务标记为完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter for &amp;Customer…</source>
        <translation>为客户生成函件(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the letter due for the selected customer; print, save or send</source>
        <translation>预览所选客户的应发函件；可打印、保存或发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate All Due Letters…</source>
        <translation>生成全部应发函件(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send every letter due today, off the main window, with progress</source>
        <translation>在后台发送今日全部应发函件，并显示进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Statement of Account…</source>
        <translation>对账单(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Credit Note…</source>
        <translation>贷项通知单(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit an invoice, or the account, for returns or price corrections</source>
        <translation>因退货或价格更正，为发票或账户记入贷项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refun&amp;d Credit…</source>
        <translation>退还贷项(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay back a customer&apos;s unapplied credit</source>
        <translation>向客户退还未核销的贷项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;verse or Void…</source>
        <translation>冲销或作废(&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the accountant&apos;s workbook (aging, open items, invoices, payments, customers)</source>
        <translation>生成给会计的工作簿（账龄、未结项目、发票、收款、客户）</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Collections</source>
        <translation>催收(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ledger: %1</source>
        <translation>台账：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sample ledger</source>
        <translation>示例台账</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Select an invoice first.</source>
        <translation>请先选择一张发票。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+260"/>
        <source>Select a customer first.</source>
        <translation>请先选择一个客户。</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>New Ledger</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Ledger</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No other ledgers yet</source>
        <translation>暂无其他台账</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <source>Back Up Ledger</source>
        <translation>备份台账</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>arledger backups (*.zip)</source>
        <translation>arledger 备份 (*.zip)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up to %1…</source>
        <translation>正在备份到 %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a customer first (Customers, Ctrl+2).</source>
        <translation>请先选择一个客户（客户页，Ctrl+2）。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Select a follow-up task on the Today page (Ctrl+2) first.</source>
        <translation>请先在“今日”页（Ctrl+2）选择一个跟进任务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sent letter %1 to %2; archived and logged.</source>
        <translation>已向 %2 发送函件 %1，已归档并记录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letter %1</source>
        <translation>函件 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived copy: %1</source>
        <translation>归档副本：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No letters are due today.</source>
        <translation>今天没有应发的函件。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Letters</source>
        <translation>函件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sending today&apos;s letters…</source>
        <translation>正在发送今日函件…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped on request: %n letter(s) were sent, each archived and logged. Run the batch again with the same folder to send the rest.</source>
        <translation>
            <numerusform>已按要求停止：已发送 %n 封信函，均已归档并记录。使用同一文件夹再次运行批处理即可发送其余信函。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sent %n letter(s); one PDF each and a combined file for printing are in %1.</source>
        <translation>
            <numerusform>已发送 %n 封信函；每封的 PDF 及供打印的合并文件位于 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them by email, accepted by the mail server.</source>
        <translation>
            <numerusform>其中 %n 封已通过电子邮件发送，邮件服务器已接收。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent to %1 (nothing recorded): %2</source>
        <translation>未发送给 %1（未作记录）：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+29"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote %1 (%2 rows).</source>
        <translation>已写入 %1（%2 行）。</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>About arledger</source>
        <translation>关于 arledger</translation>
    </message>
    <message>
        <location line="-412"/>
        <source>Reverse a payment, credit note, write-off or refund, or void an invoice; nothing is deleted</source>
        <translation>冲销付款、贷项通知单、核销或退款，或作废发票；不会删除任何记录</translation>
    </message>
    <message>
        <location line="+413"/>
        <source>&lt;h3&gt;arledger %1&lt;/h3&gt;&lt;p&gt;Accounts receivable and collections for small businesses.&lt;/p&gt;&lt;p&gt;Ledger file:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt for Python %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;arledger %1&lt;/h3&gt;&lt;p&gt;面向小企业的应收账款与催收工具。&lt;/p&gt;&lt;p&gt;台账文件：&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt for Python %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="-552"/>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add customers the file names but the ledger does not have</source>
        <translation>添加文件中有而台账中没有的客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved profile</source>
        <translation>已保存的配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers</source>
        <translation>数字格式</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profile name, e.g. Xero export</source>
        <translation>配置名称，例如 金蝶导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as profile</source>
        <translation>保存为配置</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: detection proposes a field for each column and the formats it found; check them, change what is wrong, and choose (ignore) for columns you do not need.</source>
        <translation>%1：已为每一列推荐字段并识别格式；请检查并更正错误，不需要的列请选择（忽略）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(one table)</source>
        <translation>（单个表）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saved as profile &apos;%1&apos;.</source>
        <translation>已保存为配置“%1”。</translation>
    </message>
</context>
<context>
    <name>NoticeKinds</name>
    <message>
        <location filename="../../arledger/gui/dialogs/notice_kinds.py" line="+22"/>
        <source>Courtesy reminder</source>
        <translation>账期提醒函</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise confirmation</source>
        <translation>还款承诺确认函</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repayment agreement</source>
        <translation>分期还款协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank-you letter</source>
        <translation>付清致谢函</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ordinary post</source>
        <translation>平信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered / recorded</source>
        <translation>挂号信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMS</source>
        <translation>EMS 特快专递</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
</context>
<context>
    <name>NoticePostDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/notices.py" line="+159"/>
        <source>Record delivery</source>
        <translation>登记送达</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record posting</source>
        <translation>登记邮寄</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>e.g. RR123456789CN</source>
        <translation>例如 RR123456789CN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. signed for by reception</source>
        <translation>例如：前台签收</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delivered on</source>
        <translation>送达日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tracking number</source>
        <translation>运单号(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Posted on</source>
        <translation>邮寄日期(&amp;P)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Recorded notice %1 as delivered on %2.</source>
        <translation>已登记函件 %1 于 %2 送达。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It restarts limitation for the invoices it names.</source>
        <translation>其所列发票的诉讼时效因此重新起算。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded notice %1 as posted (%2).</source>
        <translation>已登记函件 %1 已邮寄（%2）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was recorded: %1</source>
        <translation>未作任何记录：%1</translation>
    </message>
</context>
<context>
    <name>NoticePreviewDialog</name>
    <message>
        <location line="-189"/>
        <source>%1 to %2</source>
        <translation>%1 致 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send by &amp;email</source>
        <translation>通过电子邮件发送(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer has no email address, or no mail server is set up.</source>
        <translation>该客户没有电子邮件地址，或尚未设置邮件服务器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Archive to print</source>
        <translation>归档待打印(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive this PDF and record it in the evidence log as sent; then print it and record its posting</source>
        <translation>归档此 PDF 并在证据日志中记为已发送；然后打印并登记邮寄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;posting…</source>
        <translation>登记邮寄(&amp;P)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rendering…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preview: %1 to %2 · not sent yet</source>
        <translation>预览：%1 致 %2 · 尚未发送</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending by email…</source>
        <translation>正在通过电子邮件发送…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archiving…</source>
        <translation>正在归档…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 emailed to %3; archived and logged.</source>
        <translation>%1 %2 已通过电子邮件发送至 %3；已归档并记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 archived and logged; print it and record its posting.</source>
        <translation>%1 %2 已归档并记录；请打印并登记邮寄。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not sent, nothing was recorded: %1</source>
        <translation>未发送，未作任何记录：%1</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="+82"/>
        <location line="+100"/>
        <source>Record Payment</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Bank statement reference</source>
        <translation>银行流水参考号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open now</source>
        <translation>当前未结</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 · %2 open invoices, %3 open in all</source>
        <translation>%1 · %2 张未结发票，共未结 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The invoices ticked below</source>
        <translation>下方勾选的发票</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also apply the account&apos;s unapplied credit of %1 (oldest invoices first)</source>
        <translation>同时使用账户中未核销的贷项 %1（最早的发票优先）</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>%1 is more than the %2 open on the whole account; %3 stays on the account as credit.</source>
        <translation>%1 超过整个账户的未结金额 %2；%3 作为贷项留在账户上。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stays on the account as credit; %2 is open on the account in all (tick more invoices to apply it).</source>
        <translation>%1 作为贷项留在账户上；账户共有 %2 未结（勾选更多发票以核销）。</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Left open</source>
        <translation>剩余未结</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation>核销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the invoices the payer named and type how much goes to each</source>
        <translation>勾选付款人指明的发票，并输入每张的金额</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Find an invoice by number, reference or amount</source>
        <translation>按编号、参考号或金额查找发票</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Received on</source>
        <translation>收款日期(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pply to</source>
        <translation>冲销对象(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eference</source>
        <translation>参考号(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Invoices</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Oldest invoices first</source>
        <translation>按到期先后冲销</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — due %2, open %3</source>
        <translation>%1 — %2 到期，未结 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invoice %1</source>
        <translation>发票 %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Finding invoices…</source>
        <translation>正在查找发票…</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Showing %1 of %Ln open invoices — type to find others</source>
        <translation>
            <numerusform>显示 %Ln 张未结发票中的 %1 张 — 输入以查找其他发票</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No open invoice matches “%1”.</source>
        <translation>没有与“%1”匹配的未结发票。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln open invoice(s) match “%1”.</source>
        <translation>
            <numerusform>%Ln 张未结发票与“%1”匹配。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Showing %1 of %Ln open invoices that match “%2” — type more to narrow them</source>
        <translation>
            <numerusform>显示与“%2”匹配的 %Ln 张未结发票中的 %1 张 — 继续输入以缩小范围</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n ticked invoice(s) not listed here stay ticked.</source>
        <translation>
            <numerusform>另有 %n 张已勾选的发票未在此列出，仍保持勾选。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+121"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>amount for %1</source>
        <translation>%1 的金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice %1 has only %2 open.</source>
        <translation>发票 %1 仅有 %2 未结。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticked amounts add up to %1, more than the %2 received.</source>
        <translation>勾选金额合计 %1，超过收到的 %2。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Calculating the allocation…</source>
        <translation>正在计算核销…</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Payment of %1 recorded and applied to %n invoice(s)</source>
        <translation>
            <numerusform>已记录 %1 的付款并核销 %n 张发票</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 of earlier credit applied</source>
        <translation>；已使用之前的贷项 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 left as credit</source>
        <translation>；%1 作为贷项保留</translation>
    </message>
</context>
<context>
    <name>PdfViewerDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="-305"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The PDF %1 could not be opened.</source>
        <translation>无法打开 PDF %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the PDF for printing as %1.</source>
        <translation>已将供打印的 PDF 保存为 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending %1 to %2…</source>
        <translation>正在将 %1 发送到 %2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>the default printer</source>
        <translation>默认打印机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent to %1 (job %2).</source>
        <translation>已发送到 %1（作业 %2）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved a copy to %1.</source>
        <translation>已将副本保存到 %1。</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="+117"/>
        <source>Instalment Plan</source>
        <translation>分期计划</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add instalment</source>
        <translation>添加分期(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. three monthly instalments agreed by phone</source>
        <translation>例如：电话约定按月分三期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Schedule</source>
        <translation>还款计划(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invoices</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Made by</source>
        <translation>承诺人(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agree Plan</source>
        <translation>确认计划</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An instalment plan needs at least one dated amount.</source>
        <translation>分期计划至少需要一笔带日期的金额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>instalment %1</source>
        <translation>第 %1 期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instalment dates must be in order, one instalment a day at most.</source>
        <translation>分期日期必须按顺序排列，每天最多一期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first instalment is in the past.</source>
        <translation>第一期日期已过。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agreed a plan of %1 instalments with %2.</source>
        <translation>已与 %2 约定 %1 期分期计划。</translation>
    </message>
</context>
<context>
    <name>PromiseConfirmationDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/promise_confirmation.py" line="+37"/>
        <source>Written confirmation</source>
        <translation>书面确认</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Send %1 a written confirmation of the promise of %2 by %3?</source>
        <translation>是否向 %1 发送书面确认：承诺于 %3 前支付 %2？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send by &amp;email</source>
        <translation>通过电子邮件发送(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer has no email address, or no mail server is set up.</source>
        <translation>该客户没有电子邮箱地址，或尚未配置邮件服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive to print</source>
        <translation>归档以便打印(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Not now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent the written confirmation %1.</source>
        <translation>已发送书面确认 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent, nothing was recorded: %1</source>
        <translation>未发送，未作任何记录：%1</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="-189"/>
        <location line="+29"/>
        <source>Record Promise</source>
        <translation>记录承诺</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Who promised</source>
        <translation>承诺人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pay by</source>
        <translation>付款期限(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invoices</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Made by</source>
        <translation>承诺人(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation of these invoices pauses until the date plus the grace days; confirm the promise in writing and follow up the day after.</source>
        <translation>这些发票的升级将暂停至承诺日期加宽限天数；请书面确认承诺，并在次日跟进。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The promised date is in the past.</source>
        <translation>承诺日期已过。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recorded a promise of %1 by %2 from %3.</source>
        <translation>已记录 %3 承诺在 %2 前支付 %1。</translation>
    </message>
</context>
<context>
    <name>PromiseTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="-129"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>分期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all overdue</source>
        <translation>全部逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by</source>
        <translation>承诺人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan %1 · #%2</source>
        <translation>计划 %1 · 第 %2 期</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location line="-117"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rank %1 of %2 today. Score %3 = overdue amount × days overdue × risk weight × task weight (amounts are not converted between currencies).</source>
        <translation>今日排名第 %1（共 %2 项）。得分 %3 = 逾期金额 × 逾期天数 × 风险权重 × 任务权重（不同币种金额不换算）。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>What to do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
</context>
<context>
    <name>ReasonTrendChart</name>
    <message>
        <location filename="../../arledger/gui/views/reasons_tab.py" line="+96"/>
        <source>Overdue %1 at each month end, by reason</source>
        <translation>各月末 %1 逾期金额（按原因）</translation>
    </message>
</context>
<context>
    <name>ReasonsTab</name>
    <message>
        <location line="+20"/>
        <source>Financial difficulty</source>
        <translation>资金困难</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deliberate delay</source>
        <translation>故意拖延</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality dispute</source>
        <translation>质量争议</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Process / approval</source>
        <translation>流程/审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person changed</source>
        <translation>联系人变更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run report</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart currency</source>
        <translation>图表币种</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Working…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Overdue on %1 by the reason last recorded with a contact (for the invoice, else for the customer); %2 reasons in %3 currencies.</source>
        <translation>截至 %1 的逾期金额，按联络时最近记录的原因（优先发票，否则客户）分类；共 %2 个原因，%3 种币种。</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/refund.py" line="+22"/>
        <source>Refund Credit</source>
        <translation>退还贷项</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. bank transfer</source>
        <translation>例如 银行转账</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. overpaid invoice 1042</source>
        <translation>例如 发票 1042 多付</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unapplied credit</source>
        <translation>未核销贷项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ference</source>
        <translation>参考号(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no customer with code &apos;%1&apos;.</source>
        <translation>没有代码为“%1”的客户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no unapplied credit to refund.</source>
        <translation>%1 没有可退还的未核销贷项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is more than the %1 of unapplied credit; a refund can pay back at most that.</source>
        <translation>超过了 %1 的未核销贷项；退款最多只能退还这么多。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refunded %1 to %2 (refund %3).</source>
        <translation>已向 %2 退款 %1（退款 %3）。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="+64"/>
        <location line="+268"/>
        <source>Aged receivables</source>
        <translation>应收账款账龄</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Day boundaries between buckets, for example 30,60,90,180</source>
        <translation>区间的天数分界，例如 30,60,90,180</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <location line="+54"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+62"/>
        <location line="+63"/>
        <source>Run report</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+56"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Buckets</source>
        <translation>区间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age by</source>
        <translation>账龄依据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One row per</source>
        <translation>每行显示</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Aging</source>
        <translation>账龄(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nterest</source>
        <translation>利息(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;KPIs</source>
        <translation>指标(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reasons</source>
        <translation>逾期原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: interest %2, compensation %3</source>
        <translation>%1：利息 %2，补偿金 %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 – %2 · one column per currency; hover a measure for its definition.</source>
        <translation>%1 – %2 · 每种货币一列；悬停在指标上可查看定义。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Late-payment interest and fixed compensation per overdue invoice, with the rule and rate used</source>
        <translation>每张逾期发票的逾期利息和固定补偿，以及所用规则和利率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collection measures per currency over a period</source>
        <translation>按币种统计的期间催收指标</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+64"/>
        <location line="+81"/>
        <source>Working…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>%1 invoices with interest or compensation as of %2. %3 Hover a row for the rule and rate used.</source>
        <translation>截至 %2 共 %1 张发票有利息或补偿。%3 将鼠标悬停在行上可查看所用规则和利率。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amber rows use the last rate known (marked *), or are time-barred and claim nothing.</source>
        <translation>琥珀色行使用了已知的最后利率（标 *），或已过诉讼时效、不再主张。</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>by due date</source>
        <translation>按到期日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by invoice date</source>
        <translation>按开票日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aged receivables as of %1, %2 · %3 rows</source>
        <translation>截至 %1 的应收账款账龄（%2）· %3 行</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/reversal.py" line="+24"/>
        <source>Reverse or Void</source>
        <translation>冲销或作废</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reverse a payment (by its id)</source>
        <translation>冲销付款（按 ID）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse a credit note (by its number)</source>
        <translation>冲销贷项通知单（按编号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse a write-off (by its id)</source>
        <translation>冲销核销（按 ID）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse a refund (by its id)</source>
        <translation>冲销退款（按编号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void an invoice (by its number)</source>
        <translation>作废发票（按编号）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the id shown in the customer&apos;s entries, or the number</source>
        <translation>客户分录中显示的 ID 或编号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. entered twice; bounced; recorded for the wrong customer</source>
        <translation>例如：重复录入；退票；记到了错误的客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What</source>
        <translation>类型(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Entry</source>
        <translation>分录(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>来源(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse…</source>
        <translation>冲销…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entry</source>
        <translation>分录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Voided invoice %1.</source>
        <translation>已作废发票 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reversed %1; its amount is credit on the account again.</source>
        <translation>已冲销 %1；该金额重新成为账户上的贷项。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reversed %1; %n invoice(s) open again.</source>
        <translation>
            <numerusform>已冲销 %1；%n 张发票重新变为未结。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="+434"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>SentLetterTableModel</name>
    <message>
        <location line="-278"/>
        <source>Sent</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived file</source>
        <translation>归档文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not archived</source>
        <translation>未归档</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="+66"/>
        <source>The minimum amount per letter must be a number such as 50.00.</source>
        <translation>每封函件的最低金额必须是数字，例如 50.00。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minimum amount per letter must be 0 or more, with at most two decimals.</source>
        <translation>每封函件的最低金额须不小于 0，且最多两位小数。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters</source>
        <translation>函件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact rules</source>
        <translation>联络规则</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>As the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as the language</source>
        <translation>与语言一致</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The window is redrawn in the new language at once.</source>
        <translation>窗口会立即以新语言重新显示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day boundaries between aging buckets, for example 30,90,180</source>
        <translation>账龄区间的天数分界，例如 30,90,180</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+108"/>
        <location line="+6"/>
        <location line="+40"/>
        <location line="+2"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Formats</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aging &amp;buckets (days)</source>
        <translation>账龄区间（天）(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name in the log</source>
        <translation>记录中的您的姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise &amp;grace</source>
        <translation>承诺宽限期(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;jurisdiction</source>
        <translation>默认司法辖区(&amp;J)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Company &amp;name</source>
        <translation>公司名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Registration</source>
        <translation>注册信息(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Contact person</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website</source>
        <translation>网站(&amp;W)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Countr&amp;y</source>
        <translation>国家(&amp;Y)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PNG or JPEG; a path relative to the ledger&apos;s folder also works</source>
        <translation>PNG 或 JPEG；也可填写相对于台账文件夹的路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Logo</source>
        <translation>标志(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank details (printed on letters)</source>
        <translation>银行信息（打印在函件上）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account &amp;holder</source>
        <translation>账户名(&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;IBAN</source>
        <translation>IBAN(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BI&amp;C</source>
        <translation>BIC(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank</source>
        <translation>开户银行(&amp;B)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Letterhead logo</source>
        <translation>信头标志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days after due</source>
        <translation>到期后天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply days</source>
        <translation>答复天数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply days (individual, E&amp;W)</source>
        <translation>答复天数（英格兰和威尔士个人）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add level</source>
        <translation>添加级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove level</source>
        <translation>删除级别</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No letter for less than this, in each currency&apos;s own units: 50.00 means £50.00 for a GBP customer and €50.00 for a EUR one</source>
        <translation>低于此金额不发函，按各币种计：50.00 对英镑客户为 £50.00，对欧元客户为 €50.00</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Minimum amount per letter</source>
        <translation>每封函件最低金额(&amp;M)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Page size</source>
        <translation>纸张大小(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Escalation levels</source>
        <translation>升级级别(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days between &amp;letters</source>
        <translation>函件间隔天数(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalate &amp;after the last level</source>
        <translation>最后一级后升级处理(&amp;A)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Level %1</source>
        <translation>第 %1 级</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>in the debtor&apos;s time zone</source>
        <translation>（债务人所在时区）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contact &amp;hours</source>
        <translation>联络时段(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>calls at most in</source>
        <translation>次通话，期间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call &amp;cap</source>
        <translation>通话上限(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pause after a conversation (individuals)</source>
        <translation>通话后暂停（个人客户）(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes, do-not-contact and attorney-on-record always pause contact. A guarded contact can still be logged with an override reason, which goes into the log.</source>
        <translation>存在争议、要求勿联系或已委托律师时，联络始终暂停。受限的联络仍可填写例外理由后记录，理由会写入催收记录。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Escalation level row %1: level, days after due and reply days are whole numbers.</source>
        <translation>升级级别第 %1 行：级别、到期后天数和答复天数必须为整数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalation level row %1 needs a name.</source>
        <translation>升级级别第 %1 行需要名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The escalation policy needs at least one level.</source>
        <translation>升级策略至少需要一个级别。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The company country is a two-letter code such as GB, DE or CN.</source>
        <translation>公司所在国家应为两位字母代码，如 GB、DE 或 CN。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no logo file at %1.</source>
        <translation>%1 处没有标志文件。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contact hours must end after they start.</source>
        <translation>联络时段的结束时间必须晚于开始时间。</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/cases.py" line="-112"/>
        <source>Settlement offer to %1</source>
        <translation>向 %1 提出和解方案</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>amount off the principal, e.g. 500.00</source>
        <translation>本金减免金额，例如 500.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waive interest (%1)</source>
        <translation>豁免利息（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waive compensation (%1)</source>
        <translation>豁免补偿费（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claim</source>
        <translation>主张金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 principal on %2 overdue invoices</source>
        <translation>%2 张逾期发票的本金 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Deadline</source>
        <translation>期限(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;iscount</source>
        <translation>减免(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approved by</source>
        <translation>审批人(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concessions of %1 or more need the approver and a reason before the letter is released.</source>
        <translation>让步达到 %1 或以上时，需填写审批人和理由后才能发出信函。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record offer</source>
        <translation>记录方案</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>discount</source>
        <translation>减免</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deadline is in the past.</source>
        <translation>期限已过。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Settlement offer %1: %2 by %3.</source>
        <translation>和解方案 %1：%3 前支付 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter archived.</source>
        <translation>信函已归档。</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="+209"/>
        <source>Statement of Account</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the first entry</source>
        <translation>从第一笔记录开始</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>起始(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>截止(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no customer with code &apos;%1&apos;.</source>
        <translation>没有编号为“%1”的客户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period starts after it ends.</source>
        <translation>起始日期晚于截止日期。</translation>
    </message>
</context>
<context>
    <name>StatementPreviewDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="+162"/>
        <source>Statement for %1</source>
        <translation>%1 的对账单</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>up to </source>
        <translation>截至 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement %1 · %2 · %3 entries</source>
        <translation>对账单 %1 · %2 · %3 条记录</translation>
    </message>
</context>
<context>
    <name>TalkTrackEditorDialog</name>
    <message>
        <location filename="../../arledger/gui/talk_tracks.py" line="+96"/>
        <source>Talk tracks (%1)</source>
        <translation>通话话术（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ledger&apos;s own talk tracks. Sections left out come from the shipped file. Placeholders: {customer}, {person}, {amount}, {oldest_due}, {days}, {company}, {me}.</source>
        <translation>本台账自己的通话话术。未填写的部分取自随附文件。占位符：{customer}、{person}、{amount}、{oldest_due}、{days}、{company}、{me}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore shipped</source>
        <translation>恢复随附版本</translation>
    </message>
</context>
<context>
    <name>TileFrame</name>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="-422"/>
        <source>Receivables · %1</source>
        <translation>应收账款 · %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of the balance is past due</source>
        <translation>余额中 %1 已逾期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the open %1 invoices</source>
        <translation>查看 %1 未结发票</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="-101"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Event %1 · SHA-256 %2
Previous %3</source>
        <translation>记录 %1 · SHA-256 %2
前一条 %3</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../arledger/gui/views/today.py" line="+40"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record promise</source>
        <translation>记录承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send letter</source>
        <translation>发送函件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show the tasks of one case owner</source>
        <translation>显示某位案件负责人的任务</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Working out today&apos;s queue…</source>
        <translation>正在生成今日任务…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 · %2 tasks</source>
        <translation>%1 · %2 项任务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do today: no letters due, no promises to check, no calls to make.</source>
        <translation>今天没有任务：无应发函件、无待核对承诺、无需拨打电话。</translation>
    </message>
</context>
<context>
    <name>ValidatedDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/base.py" line="-191"/>
        <source>Discard what you have entered?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The changes in this form have not been saved.</source>
        <translation>此表单中的更改尚未保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Calculating…</source>
        <translation>正在计算…</translation>
    </message>
</context>
<context>
    <name>WaiveInterestDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/waiver.py" line="+24"/>
        <source>Waive Interest</source>
        <translation>免除利息</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. goodwill: paid in full after our call</source>
        <translation>例如：致电后已全额付款，予以通融</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invoice</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&amp;nterest to waive</source>
        <translation>免除利息(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compensation to waive</source>
        <translation>免除补偿(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waive</source>
        <translation>免除</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Claimable on this date: interest %1, compensation %2</source>
        <translation>该日可主张：利息 %1，补偿 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the interest or compensation to waive.</source>
        <translation>请输入要免除的利息或补偿。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waived interest and compensation on %1.</source>
        <translation>已免除 %1 的利息和补偿。</translation>
    </message>
</context>
<context>
    <name>WarningsCard</name>
    <message>
        <location filename="../../arledger/gui/views/warnings_card.py" line="+30"/>
        <source>Payments later</source>
        <translation>付款变慢</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit jump</source>
        <translation>信用额度使用骤增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken promise</source>
        <translation>承诺未兑现</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact lost</source>
        <translation>失去联系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New dispute</source>
        <translation>新争议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New warnings</source>
        <translation>新预警</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click to open the customer</source>
        <translation>双击打开客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No new warnings this week.</source>
        <translation>本周没有新预警。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New warnings (%1)</source>
        <translation>新预警（%1）</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="+22"/>
        <location line="+21"/>
        <location line="+26"/>
        <source>Write Off</source>
        <translation>核销坏账</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the whole open amount</source>
        <translation>全部未结金额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. customer insolvent; claim filed with the administrator</source>
        <translation>例如：客户破产，已向管理人申报债权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invoice</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoice %1 has nothing open to write off.</source>
        <translation>发票 %1 没有可核销的未结金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more than the %1 still open.</source>
        <translation>超过了当前未结的 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote off %1 of invoice %2.</source>
        <translation>已核销发票 %2 的 %1。</translation>
    </message>
</context>
<context>
    <name>_CustomerDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="-609"/>
        <source>open %1, overdue %2</source>
        <translation>未结 %1，逾期 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing open</source>
        <translation>无未结款项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no customer with code &apos;%1&apos;.</source>
        <translation>没有编号为“%1”的客户。</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="-285"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
</TS>
