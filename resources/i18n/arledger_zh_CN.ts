<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgingChartView</name>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="160" />
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
</context>
<context>
    <name>AgingTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/aging.py" line="36" />
        <location filename="../../arledger/gui/models/aging.py" line="38" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/aging.py" line="36" />
        <location filename="../../arledger/gui/models/aging.py" line="38" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/aging.py" line="36" />
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/aging.py" line="36" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/aging.py" line="36" />
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/aging.py" line="37" />
        <location filename="../../arledger/gui/models/aging.py" line="38" />
        <source>Cur.</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/aging.py" line="51" />
        <location filename="../../arledger/gui/models/aging.py" line="95" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../arledger/gui/app.py" line="97" />
        <source>arledger</source>
        <translation>arledger</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/app.py" line="103" />
        <source>Welcome to arledger</source>
        <translation>欢迎使用 arledger</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/app.py" line="104" />
        <source>Welcome to arledger.</source>
        <translation>欢迎使用 arledger。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/app.py" line="105" />
        <source>Your ledger will be kept in
%1

Would you like to start with sample customers and invoices to look around? You can start a new, empty ledger at any time from the File menu.</source>
        <translation>您的台账将保存在
%1

是否先载入示例客户和发票来熟悉功能？您随时可以从“文件”菜单新建空台账。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/app.py" line="108" />
        <source>Add sample data</source>
        <translation>添加示例数据</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/app.py" line="109" />
        <source>Start empty</source>
        <translation>从空台账开始</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/app.py" line="208" />
        <source>The translation files for this language are missing; the app stays in English.</source>
        <translation>缺少该语言的翻译文件，界面将保持英文。</translation>
    </message>
</context>
<context>
    <name>BankReviewPage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="480" />
        <source>Review the bank statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="482" />
        <source>Record accepted payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="486" />
        <source>Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="486" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="486" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="486" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="486" />
        <source>Payer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="487" />
        <source>Remittance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="487" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="487" />
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="487" />
        <source>Confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="488" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="502" />
        <source>Matching %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="556" />
        <source>Nothing new: all %1 lines of this statement were imported before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="559" />
        <source>%1 lines: %2 matched, %3 unmatched, %4 money out, %5 imported before. %6 accepted; only accepted lines become payments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="579" />
        <source>Bank statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="579" />
        <source>Recording payments…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BatchSummaryDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/batch_summary.py" line="28" />
        <source>Send today's letters</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../arledger/gui/dialogs/batch_summary.py" line="30" />
        <source>%n letter(s) will be archived, logged as sent and made ready to print.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../arledger/gui/dialogs/batch_summary.py" line="36" />
        <source>%n customer(s) are paused (promise, dispute or plan) and get no letter.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/batch_summary.py" line="41" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/batch_summary.py" line="41" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/batch_summary.py" line="41" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/batch_summary.py" line="41" />
        <source>Letters</source>
        <translation>函件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/batch_summary.py" line="41" />
        <source>Claimed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/batch_summary.py" line="48" />
        <source>Print and post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/batch_summary.py" line="48" />
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../arledger/gui/dialogs/batch_summary.py" line="63" />
        <source>Send %n letter(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>CheckFilePage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="368" />
        <source>Check the file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="370" />
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="448" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="374" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="374" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="374" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="395" />
        <source>Checking %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="400" />
        <source>… and %1 more.</source>
        <translation>……另有 %1 个。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="401" />
        <source>This file cannot be imported: %n problem(s) found. Nothing will be written; fix the file or the mapping and check it again.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="416" />
        <source>New customers: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="413" />
        <source>All %1 rows are valid. Press Import to add them to the ledger in one step.</source>
        <translation>全部 %1 行均有效。点击“导入”一次性写入台账。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="448" />
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../arledger/gui/choices.py" line="13" />
        <source>England &amp; Wales</source>
        <translation>英格兰和威尔士</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/choices.py" line="14" />
        <source>EU</source>
        <translation>欧盟</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/choices.py" line="15" />
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/choices.py" line="16" />
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/choices.py" line="17" />
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/choices.py" line="18" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="79" />
        <source>What would you like to import?</source>
        <translation>您要导入什么？</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="80" />
        <source>A CSV, Excel or QuickBooks IIF file with a header row, or a bank statement (camt.053/054, OFX/QFX, MT940 or CSV). Every row is checked before anything is written; one bad row stops the whole file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="86" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="86" />
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="87" />
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="87" />
        <source>Bank statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="94" />
        <source>Payments from your bank, matched to customers and invoices for you to review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="96" />
        <source>Columns: %1; optional: %2</source>
        <translation>必需列：%1；可选列：%2</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="106" />
        <source>Choose a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="127" />
        <source>Spreadsheets and statements (*.csv *.txt *.xlsx *.xlsm *.iif *.xml *.ofx *.qfx *.sta *.940);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="108" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="114" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="126" />
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="49" />
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="50" />
        <location filename="../../arledger/gui/models/collections.py" line="90" />
        <source>Letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="51" />
        <source>Check promise</source>
        <translation>核对承诺</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="52" />
        <source>Broken promise</source>
        <translation>承诺未兑现</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="53" />
        <source>Escalate</source>
        <translation>升级处理</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="54" />
        <source>Limitation</source>
        <translation>诉讼时效</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="55" />
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="56" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="57" />
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="58" />
        <source>Instalment plan</source>
        <translation>分期计划</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="59" />
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="60" />
        <source>Dispute opened</source>
        <translation>提出争议</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="61" />
        <source>Dispute resolved</source>
        <translation>争议已解决</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="62" />
        <source>Guard override</source>
        <translation>规则例外</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="63" />
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="64" />
        <source>Write-off</source>
        <translation>核销</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="65" />
        <source>Credit note</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="66" />
        <source>Acknowledgment</source>
        <translation>债务确认</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="67" />
        <source>Demand delivered</source>
        <translation>催告已送达</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="68" />
        <source>Suit filed</source>
        <translation>已起诉</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="76" />
        <source>UK Late Payment Act</source>
        <translation>英国逾期付款法</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="77" />
        <source>EU Directive</source>
        <translation>欧盟指令</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="78" />
        <source>BGB §288</source>
        <translation>德国民法典第288条</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="79" />
        <source>China (LPR)</source>
        <translation>中国（LPR）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="80" />
        <source>Contract rate</source>
        <translation>合同利率</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="81" />
        <source>No interest</source>
        <translation>不计利息</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="88" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="89" />
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="91" />
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="92" />
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="93" />
        <source>Chat</source>
        <translation>即时消息</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="100" />
        <source>Pending</source>
        <translation>待兑现</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="101" />
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="102" />
        <source>Partly kept</source>
        <translation>部分兑现</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="103" />
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="104" />
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="105" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="112" />
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="113" />
        <source>Delivery</source>
        <translation>交货</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="114" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="115" />
        <source>Already paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="116" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="142" />
        <source>last contact %1</source>
        <translation>上次联系 %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="144" />
        <source>never contacted</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="145" />
        <source>Call about %1, up to %2 days overdue (%3); ask for a dated promise.</source>
        <translation>就 %1 致电，最长逾期 %2 天（%3）；请对方给出明确的付款日期。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="149" />
        <source>Send the level %1 letter (%2): %3 invoices, %4</source>
        <translation>发送第 %1 级函件（%2）：%3 张发票，%4</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="153" />
        <source>Check the promise of %1 due %2.</source>
        <translation>核对 %2 到期的 %1 付款承诺。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="157" />
        <source>%1 becomes time-barred on %2 (%3 days): obtain a signed acknowledgment or a payment, or start proceedings.</source>
        <translation>%1 将于 %2 超过诉讼时效（还剩 %3 天）：请取得书面确认或部分付款，或提起诉讼。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="169" />
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="170" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="171" />
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="172" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="505" />
        <source>DSO</source>
        <translation>DSO 应收账款周转天数</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="506" />
        <source>Best possible DSO</source>
        <translation>最佳可能 DSO</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="507" />
        <source>Average days delinquent</source>
        <translation>平均逾期天数</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="508" />
        <source>CEI</source>
        <translation>CEI 回款效率</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="509" />
        <source>Recovery rate</source>
        <translation>回款率</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="510" />
        <source>Average collection days</source>
        <translation>平均回款天数</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="511" />
        <source>Bad-debt ratio</source>
        <translation>坏账率</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="512" />
        <source>Promise-kept rate</source>
        <translation>承诺兑现率</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="521" />
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="32" />
        <source>Edit Customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="32" />
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="46" />
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="47" />
        <source>Sole trader</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="48" />
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="57" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="60" />
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="63" />
        <source>None (e.g. 12.5)</source>
        <translation>无（例如 12.5）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="64" />
        <source>Contractual late-payment interest, percent a year</source>
        <translation>合同约定的逾期利率（年利率，%）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="67" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="68" />
        <source>Contractual fixed fee per late invoice, in the customer's currency</source>
        <translation>每张逾期发票的合同约定固定费用（客户币种）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="84" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="85" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="87" />
        <source>Do not contact</source>
        <translation>禁止联系</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="88" />
        <source>Attorney on record</source>
        <translation>已委托律师</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="89" />
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="94" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="96" />
        <source>&amp;Code</source>
        <translation>编号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="97" />
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="98" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="99" />
        <source>C&amp;urrency</source>
        <translation>币种(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="100" />
        <source>Payment &amp;terms</source>
        <translation>账期(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="101" />
        <source>Credit &amp;limit</source>
        <translation>信用额度(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="102" />
        <source>Contract &amp;rate %</source>
        <translation>合同利率 %(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="103" />
        <source>Contract &amp;fee</source>
        <translation>合同费用(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="104" />
        <source>Jurisdiction</source>
        <translation>适用法域</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="105" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="107" />
        <source>&amp;Email</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="108" />
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="109" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="110" />
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="111" />
        <source>Letter language</source>
        <translation>函件语言</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="112" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="122" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="123" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="128" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="128" />
        <source>Add Customer</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="157" />
        <source>code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="158" />
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="159" />
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="161" />
        <source>credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="163" />
        <source>contract rate</source>
        <translation>合同利率</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="165" />
        <source>contract fee</source>
        <translation>合同费用</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="166" />
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="167" />
        <source>time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="170" />
        <source>The country is a two-letter code such as GB, DE or CN.</source>
        <translation>国家/地区请填写两位字母代码，例如 GB、DE 或 CN。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="192" />
        <source>Saved customer %1.</source>
        <translation>已保存客户 %1。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="192" />
        <source>Added customer %1.</source>
        <translation>已添加客户 %1。</translation>
    </message>
</context>
<context>
    <name>CustomerPickerEdit</name>
    <message>
        <location filename="../../arledger/gui/dialogs/base.py" line="287" />
        <source>Customer code or name</source>
        <translation>客户编号或名称</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="46" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="47" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="48" />
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="49" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="50" />
        <source>Terms</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="50" />
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="52" />
        <source>Open balance</source>
        <translation>未结余额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="53" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="54" />
        <source>Open invoices</source>
        <translation>未结发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="56" />
        <source>Oldest due</source>
        <translation>最早到期</translation>
    </message>
</context>
<context>
    <name>CustomerViewPage</name>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="69" />
        <source>Back (Alt+Left)</source>
        <translation>返回（Alt+左方向键）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="92" />
        <source>Log contact</source>
        <translation>记录联络</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="92" />
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="93" />
        <source>Plan</source>
        <translation>分期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="93" />
        <source>Dispute</source>
        <translation>争议</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="94" />
        <source>Letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="94" />
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="95" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="118" />
        <source>Open items</source>
        <translation>未结项目</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="126" />
        <source>Nothing recorded for this customer yet. Log a call or an email (Ctrl+L), record a promise, or send a letter: each one appears here with its time and its place in the evidence log.</source>
        <translation>该客户尚无记录。记录一次电话或邮件（Ctrl+L）、登记付款承诺或发送函件后，都会连同时间和证据日志序号显示在这里。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="140" />
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="156" />
        <source>Resolve dispute…</source>
        <translation>解决争议…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="163" />
        <source>Disputes</source>
        <translation>争议</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="167" />
        <source>Promises and plans</source>
        <translation>承诺与分期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="175" />
        <source>Open letter</source>
        <translation>打开函件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="182" />
        <source>Letters sent</source>
        <translation>已发函件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="188" />
        <source>Edit details…</source>
        <translation>编辑详情…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="196" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="211" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="266" />
        <source>Promises are evaluated from payments: kept when paid in full by the date plus the grace days.</source>
        <translation>承诺根据收款自动评估：在承诺日期加宽限天数内全额付款即为兑现。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="276" />
        <source>Plan %1: %2 · %3 instalments · %4 promised, %5 paid — %6</source>
        <translation>计划 %1：%2 · 共 %3 期 · 承诺 %4，已付 %5 — %6</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="295" />
        <source>Risk %1</source>
        <translation>风险 %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="296" />
        <source>Risk tier from average days late, broken promises, overdue share and credit use</source>
        <translation>风险等级依据平均逾期天数、未兑现承诺、逾期占比和信用额度使用情况</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="298" />
        <source>Do not contact</source>
        <translation>禁止联系</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="299" />
        <source>Attorney on record</source>
        <translation>已委托律师</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="299" />
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message numerus="yes">
        <location filename="../../arledger/gui/views/customer_view.py" line="303" />
        <source>%n open dispute(s)</source>
        <translation><numerusform>%n 个未决争议</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../arledger/gui/views/customer_view.py" line="305" />
        <source>%n pending promise(s)</source>
        <translation><numerusform>%n 个待兑现承诺</numerusform></translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="307" />
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="307" />
        <source>Sole trader</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="308" />
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="310" />
        <source>%1-day terms</source>
        <translation>账期 %1 天</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="312" />
        <source>credit limit %1</source>
        <translation>信用额度 %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="327" />
        <source>Open · %1</source>
        <translation>未结 · %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="331" />
        <source>Overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="333" />
        <source>%1 open invoices · oldest due %2</source>
        <translation>%1 张未结发票 · 最早到期 %2</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="344" />
        <source>time-barred since %1</source>
        <translation>已于 %1 届满</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="344" />
        <source>time-barred on %1 (%2 days)</source>
        <translation>将于 %1 届满（剩 %2 天）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="348" />
        <source>; and %1 more</source>
        <translation>；另有 %1 项</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="350" />
        <source>Obtain a signed acknowledgment or a part payment, or start proceedings.</source>
        <translation>请取得签字确认或部分付款，或提起诉讼。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="362" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="362" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="362" />
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="363" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="363" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="363" />
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="364" />
        <source>Jurisdiction</source>
        <translation>适用法域</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="364" />
        <source>Letter language</source>
        <translation>函件语言</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="366" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="366" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="367" />
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="367" />
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="368" />
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="369" />
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="371" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customer_view.py" line="373" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="34" />
        <source>Search code, name, email or phone</source>
        <translation>搜索编号、名称、邮箱或电话</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="39" />
        <source>Any risk</source>
        <translation>任意风险等级</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="41" />
        <source>Risk %1</source>
        <translation>风险 %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="44" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="46" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="48" />
        <location filename="../../arledger/gui/views/customers.py" line="144" />
        <source>Show invoices</source>
        <translation>查看发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="67" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="88" />
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="88" />
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="96" />
        <source>%1 customers match “%2”</source>
        <translation>%1 个客户匹配“%2”</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="99" />
        <source>%1 customers</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="106" />
        <source>No customer matches the search.</source>
        <translation>没有匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="107" />
        <source>No customers yet. Add one with New customer (Ctrl+Shift+N), import a file (Ctrl+I), or try the sample ledger (File ▸ New Ledger, or arledger --demo).</source>
        <translation>还没有客户。可点击“新建客户”（Ctrl+Shift+N）、导入文件（Ctrl+I），或先试用示例台账（arledger --demo）。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="186" />
        <location filename="../../arledger/gui/views/dashboard.py" line="382" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="198" />
        <source>Aging of receivables</source>
        <translation>应收账款账龄</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="205" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="215" />
        <source>Most overdue customers</source>
        <translation>逾期最多的客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="220" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="220" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="220" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="221" />
        <source>Oldest</source>
        <translation>最长账龄</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="236" />
        <source>Click a customer to see the overdue invoices</source>
        <translation>点击客户查看其逾期发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="243" />
        <source>Collection measures, last 90 days</source>
        <translation>催收指标，最近 90 天</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="254" />
        <source>Limitation warnings</source>
        <translation>诉讼时效预警</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="264" />
        <source>Double-click to open the customer</source>
        <translation>双击打开客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="267" />
        <source>No debt is within 180 days of its limitation date.</source>
        <translation>没有距诉讼时效届满不足 180 天的欠款。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="354" />
        <source>This ledger is empty</source>
        <translation>台账为空</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="356" />
        <source>Bring in your customers and open invoices from a spreadsheet, add a first customer by hand, or look around a sample ledger first (it opens in a temporary file; your ledger is not touched).</source>
        <translation>可从表格导入客户和未结发票，手动添加第一个客户，或先浏览示例台账（在临时文件中打开，不影响您的台账）。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="363" />
        <source>Import from CSV or Excel… (Ctrl+I)</source>
        <translation>从 CSV 或 Excel 导入…（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="364" />
        <source>New customer… (Ctrl+Shift+N)</source>
        <translation>新建客户…（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="365" />
        <source>Try the sample ledger</source>
        <translation>试用示例台账</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="378" />
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="395" />
        <source>As of %1 · %2 customers</source>
        <translation>截至 %1 · %2 个客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="415" />
        <source>Nothing is owed to you yet. Add customers and invoices, or import them from a spreadsheet with File ▸ Import (Ctrl+I).</source>
        <translation>目前没有应收款。请添加客户和发票，或通过“文件 ▸ 导入”（Ctrl+I）从表格导入。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="431" />
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="450" />
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="474" />
        <source>Collection measures, %1 – %2</source>
        <translation>催收指标，%1 – %2</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="479" />
        <source>best %1</source>
        <translation>最佳 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../arledger/gui/views/dashboard.py" line="482" />
        <source>%n evaluated</source>
        <translation><numerusform>已评估 %n 个</numerusform></translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="489" />
        <source>Limitation warnings (%1)</source>
        <translation>诉讼时效预警（%1）</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="611" />
        <location filename="../../arledger/gui/dialogs/collections.py" line="637" />
        <source>Resolve Dispute</source>
        <translation>解决争议</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="611" />
        <location filename="../../arledger/gui/dialogs/collections.py" line="655" />
        <source>Open Dispute</source>
        <translation>提出争议</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="622" />
        <source>&amp;Invoice</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="624" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="628" />
        <source>e.g. credit note issued for the damaged items</source>
        <translation>例如：已就损坏货品开具贷项通知单</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="629" />
        <source>&amp;Resolution</source>
        <translation>解决方式(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="631" />
        <source>Not stated: the disputed part bears interest again from this date</source>
        <translation>未说明：争议部分自该日起重新计息</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="632" />
        <source>Upheld: the customer was right; the disputed part bears no interest</source>
        <translation>成立：客户有理，争议部分不计利息</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="633" />
        <source>Rejected: we were right; the disputed part bears interest from the due date</source>
        <translation>不成立：我方有理，争议部分自到期日起计息</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="635" />
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="642" />
        <source>the whole open amount</source>
        <translation>全部未结金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="645" />
        <source>What the customer says is wrong</source>
        <translation>客户认为存在的问题</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="646" />
        <source>R&amp;eason</source>
        <translation>原因(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="647" />
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="648" />
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="649" />
        <source>The disputed amount leaves escalation until the dispute is resolved and bears no interest from its due date; letters may still claim the undisputed part.</source>
        <translation>争议金额在争议解决前不再升级催收，并自到期日起不计利息；函件仍可主张无争议部分。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="664" />
        <source>resolution</source>
        <translation>解决方式</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="668" />
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="670" />
        <source>That is more than the %1 still open.</source>
        <translation>超过了当前未结的 %1。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="688" />
        <source>Resolved the dispute on %1.</source>
        <translation>已解决 %1 的争议。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="688" />
        <source>Opened a dispute on %1.</source>
        <translation>已就 %1 提出争议。</translation>
    </message>
</context>
<context>
    <name>DisputeTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="315" />
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="316" />
        <source>Opened</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="317" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="318" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="319" />
        <source>whole open amount</source>
        <translation>全部未结金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="320" />
        <source>Resolved</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="320" />
        <source>open</source>
        <translation>未决</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="322" />
        <source>Note / resolution</source>
        <translation>备注 / 解决方式</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="599" />
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="609" />
        <source>Payments recorded from %2: %1 (%3). Rejected, unmatched and debit lines are remembered so the statement is never imported twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="616" />
        <source>%1 rows were added from %2.</source>
        <translation>已从 %2 导入 %1 行。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="618" />
        <source>New customers: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="622" />
        <source>Left as unapplied credit: %1.</source>
        <translation>未冲销贷项：%1。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="633" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="652" />
        <source>Recorded %1 payments from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="657" />
        <source>Imported %1 %2 from %3.</source>
        <translation>已从 %3 导入 %1 条 %2。</translation>
    </message>
</context>
<context>
    <name>InterestTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="429" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="429" />
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="429" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="429" />
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="429" />
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="430" />
        <source>Rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="430" />
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="430" />
        <source>Compensation</source>
        <translation>补偿金</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="430" />
        <source>Cur.</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="430" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="460" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>InvoiceChecklist</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="87" />
        <source>, %1 days late</source>
        <translation>，逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="88" />
        <source>%1 — open %2, due %3%4</source>
        <translation>%1 — 未结 %2，%3 到期%4</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="21" />
        <source>New Invoice</source>
        <translation>新建发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="37" />
        <source>from the customer's terms</source>
        <translation>按客户账期计算</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="45" />
        <source>Purchase order or contract</source>
        <translation>采购订单或合同号</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="55" />
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="57" />
        <source>Invoice &amp;number</source>
        <translation>发票号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="58" />
        <source>&amp;Issued</source>
        <translation>开票日期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="59" />
        <source>&amp;Due</source>
        <translation>到期日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="60" />
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="61" />
        <source>&amp;Reference</source>
        <translation>参考号(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="63" />
        <source>Add Invoice</source>
        <translation>添加发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="79" />
        <source>%1 · pays in %2 · %3-day terms</source>
        <translation>%1 · 以 %2 付款 · 账期 %3 天</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="96" />
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="99" />
        <source>There is no customer with code '%1'.</source>
        <translation>没有编号为“%1”的客户。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="100" />
        <source>invoice number</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="102" />
        <source>An invoice numbered '%1' already exists.</source>
        <translation>发票号“%1”已存在。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="106" />
        <source>The due date is before the issue date.</source>
        <translation>到期日早于开票日期。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="107" />
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="110" />
        <source>Add %1 for %2</source>
        <translation>添加 %1，金额 %2</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="122" />
        <source>Added invoice %1 for %2.</source>
        <translation>已添加发票 %1，金额 %2。</translation>
    </message>
</context>
<context>
    <name>InvoiceField</name>
    <message>
        <location filename="../../arledger/gui/dialogs/base.py" line="330" />
        <source>invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/base.py" line="339" />
        <source>%1 · %2 · open %3 of %4</source>
        <translation>%1 · %2 · 未结 %3（共 %4）</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="33" />
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="35" />
        <source>Disputed: an open dispute covers all or part of this invoice</source>
        <translation>有争议：该发票全部或部分存在未解决的争议</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="37" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="38" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="39" />
        <source>Issued</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="40" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="41" />
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="42" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="44" />
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="46" />
        <source>Cur.</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="47" />
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="53" />
        <source>paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="55" />
        <source>disputed</source>
        <translation>有争议</translation>
    </message>
</context>
<context>
    <name>InvoiceViewDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="131" />
        <source>Open the customer's account</source>
        <translation>打开客户账户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="145" />
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="182" />
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="187" />
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="191" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="145" />
        <source>Paid and credited</source>
        <translation>已付及已冲销</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="146" />
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="204" />
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="146" />
        <source>Interest and compensation</source>
        <translation>利息和补偿</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="163" />
        <source>Record payment</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="164" />
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="165" />
        <source>Log contact</source>
        <translation>记录联络</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="166" />
        <source>Dispute</source>
        <translation>争议</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="167" />
        <source>Resolve dispute</source>
        <translation>解决争议</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="168" />
        <source>Write off</source>
        <translation>核销坏账</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="182" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="182" />
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="211" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="183" />
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="183" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="184" />
        <source>Nothing has been paid, credited or written off on this invoice yet. Record a payment when one arrives.</source>
        <translation>该发票尚无付款、冲销或核销。收到款项时请登记付款。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="186" />
        <source>Opened</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="186" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="187" />
        <source>Resolved</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="188" />
        <source>Note / resolution</source>
        <translation>备注 / 解决方式</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="189" />
        <source>No dispute. If the customer queries this invoice, open a dispute: it pauses letters and interest on the disputed part.</source>
        <translation>无争议。客户对该发票提出异议时请登记争议：争议部分将暂停催款函和计息。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="191" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="191" />
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="192" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="192" />
        <source>Made by</source>
        <translation>承诺人</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="193" />
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="194" />
        <source>No promise covers this invoice. Ask for a dated promise when you call.</source>
        <translation>没有付款承诺涵盖该发票。致电时请对方给出明确日期。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="195" />
        <source>Sent</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="195" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="195" />
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="212" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="196" />
        <source>Archived file</source>
        <translation>归档文件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="197" />
        <source>No letter has listed this invoice yet.</source>
        <translation>尚无函件列出该发票。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="199" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="199" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="200" />
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="200" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="201" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="202" />
        <source>No logged contact names this invoice.</source>
        <translation>没有联系记录提到该发票。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="203" />
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="203" />
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="203" />
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="204" />
        <source>Rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="205" />
        <source>Rate source</source>
        <translation>利率来源</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="206" />
        <source>No interest: the invoice is not overdue, or is settled.</source>
        <translation>不计利息：该发票未逾期或已结清。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="211" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="213" />
        <source>No documents attached. Attach the contract, the invoice copy and the delivery note (arledger attach): they are the evidence a court asks for.</source>
        <translation>尚无附件。请附上合同、发票副本和送货单（arledger attach）：这些是法院要求的证据。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="217" />
        <source>Settlements</source>
        <translation>结算</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="217" />
        <source>Disputes</source>
        <translation>争议</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="218" />
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="218" />
        <source>Letters</source>
        <translation>函件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="219" />
        <source>Contacts</source>
        <translation>联系</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="219" />
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="220" />
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="244" />
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="253" />
        <source>Invoice %1</source>
        <translation>发票 %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="252" />
        <source>Invoice %1 — %2</source>
        <translation>发票 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="261" />
        <source>Settled %1</source>
        <translation>已于 %1 结清</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="264" />
        <source>1 day overdue</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="264" />
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="267" />
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="269" />
        <source>Disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="271" />
        <source>Promise pending</source>
        <translation>承诺待履行</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="272" />
        <source>Issued %1</source>
        <translation>开票 %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="273" />
        <source>due %1</source>
        <translation>到期 %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="275" />
        <source>reference %1</source>
        <translation>参考号 %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="292" />
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="292" />
        <source>Credit note</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="293" />
        <source>Write-off</source>
        <translation>核销</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="298" />
        <source>whole open amount</source>
        <translation>全部未结金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="299" />
        <source>open</source>
        <translation>未决</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="305" />
        <source>not archived</source>
        <translation>未归档</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice_view.py" line="316" />
        <source>Fixed compensation: %1</source>
        <translation>固定补偿：%1</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="36" />
        <source>Search invoice number, reference or customer</source>
        <translation>搜索发票号、参考号或客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="40" />
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="40" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="41" />
        <source>Settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="41" />
        <source>All invoices</source>
        <translation>全部发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="49" />
        <source>Days past due (the ledger's aging buckets)</source>
        <translation>逾期天数（账本的账龄区间）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="57" />
        <source>Show every customer's invoices</source>
        <translation>显示所有客户的发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="87" />
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="106" />
        <source>All currencies</source>
        <translation>全部币种</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="115" />
        <source>Any age</source>
        <translation>任意账龄</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="117" />
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="117" />
        <source>%1 days late</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="160" />
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="168" />
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="168" />
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="179" />
        <source>%1 open invoices</source>
        <translation>%1 张未结发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="179" />
        <source>%1 overdue invoices</source>
        <translation>%1 张逾期发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="180" />
        <source>%1 settled invoices</source>
        <translation>%1 张已结清发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="181" />
        <source>%1 invoices</source>
        <translation>%1 张发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="195" />
        <source>No invoices yet. Add one with New invoice (Ctrl+N), or bring in your books with Import (Ctrl+I).</source>
        <translation>还没有发票。可点击“新建发票”（Ctrl+N），或通过导入（Ctrl+I）导入账目。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="198" />
        <source>No invoice matches these filters.</source>
        <translation>没有符合筛选条件的发票。</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../arledger/gui/jobs.py" line="91" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/jobs.py" line="114" />
        <source>Stopping after the current step…</source>
        <translation>完成当前步骤后停止…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/jobs.py" line="126" />
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="547" />
        <source>Measure</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="234" />
        <source>Letter to %1</source>
        <translation>致 %1 的函件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="245" />
        <source>The level due</source>
        <translation>应发级别</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="249" />
        <source>Level %1 · %2</source>
        <translation>第 %1 级 · %2</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="250" />
        <source>Evidence &amp;appendix</source>
        <translation>证据附录(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="252" />
        <source>Attach the customer's evidence log as numbered exhibits (levels 3 and 4 always carry it)</source>
        <translation>附上该客户的催收记录作为编号证据（第 3、4 级函件始终附带）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="254" />
        <source>&amp;Level</source>
        <translation>级别(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="260" />
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="262" />
        <source>Archive this PDF and record it in the evidence log as sent</source>
        <translation>归档此 PDF，并作为已发送记入催收记录</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="293" />
        <source>, reply by %1</source>
        <translation>，%1 前答复</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="294" />
        <source>Preview of %1 · level %2 (%3) · %4 invoices · claims %5%6 · not sent yet</source>
        <translation>%1 预览 · 第 %2 级（%3）· %4 张发票 · 主张 %5%6 · 尚未发送</translation>
    </message>
</context>
<context>
    <name>LetterRunTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="359" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="361" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="362" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="363" />
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="365" />
        <source>Claim</source>
        <translation>主张金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="366" />
        <source>Reply by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="368" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="374" />
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="375" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../arledger/gui/views/letters.py" line="36" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/letters.py" line="38" />
        <source>Preview letter</source>
        <translation>预览函件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/letters.py" line="39" />
        <source>Generate all due</source>
        <translation>生成全部应发函件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/letters.py" line="40" />
        <source>Statement of account</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/letters.py" line="40" />
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/letters.py" line="70" />
        <source>Letters</source>
        <translation>函件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/letters.py" line="75" />
        <source>Working out the letters due…</source>
        <translation>正在计算应发函件…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/letters.py" line="87" />
        <source>%1 · %2 letters due · %3 customers paused</source>
        <translation>%1 · 应发函件 %2 封 · 暂停客户 %3 个</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/letters.py" line="91" />
        <source>No letters are due today.</source>
        <translation>今天没有应发的函件。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/letters.py" line="121" />
        <source>Folder for today's letters</source>
        <translation>今日函件的保存文件夹</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/letters.py" line="136" />
        <source>Letters for printing</source>
        <translation>待打印函件</translation>
    </message>
</context>
<context>
    <name>LimitationTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="401" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="403" />
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="404" />
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="405" />
        <source>Time-barred on</source>
        <translation>时效届满日</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="407" />
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="411" />
        <source>time-barred</source>
        <translation>已过时效</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="171" />
        <location filename="../../arledger/gui/dialogs/collections.py" line="286" />
        <source>Log Contact</source>
        <translation>记录联络</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="177" />
        <source>Outgoing (we contacted them)</source>
        <translation>呼出（我们联系对方）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="178" />
        <source>Incoming (they contacted us)</source>
        <translation>呼入（对方联系我们）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="182" />
        <source>Who you spoke to</source>
        <translation>与您通话的人</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="183" />
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="183" />
        <source>Promise to pay</source>
        <translation>承诺付款</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="184" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="184" />
        <source>Dispute raised</source>
        <translation>提出争议</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="185" />
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="185" />
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="187" />
        <source>No reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="188" />
        <source>Financial difficulty</source>
        <translation>资金困难</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="189" />
        <source>Deliberate delay</source>
        <translation>故意拖延</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="190" />
        <source>Quality dispute</source>
        <translation>质量争议</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="191" />
        <source>Process / approval</source>
        <translation>流程/审批</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="192" />
        <source>Contact person changed</source>
        <translation>联系人变更</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="193" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="196" />
        <source>What was said or sent, in a sentence or two</source>
        <translation>用一两句话概括沟通或发送的内容</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="218" />
        <source>Why this contact is justified anyway (recorded in the evidence log)</source>
        <translation>为何仍需联络（将写入催收记录）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="219" />
        <source>Override &amp;reason</source>
        <translation>例外理由(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="231" />
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="233" />
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="234" />
        <source>&amp;Direction</source>
        <translation>方向(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="235" />
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="236" />
        <source>&amp;Person</source>
        <translation>联系人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="237" />
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="238" />
        <source>Reaso&amp;n given</source>
        <translation>对方原因(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="239" />
        <source>&amp;Invoices</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="240" />
        <source>&amp;Summary</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="250" />
        <source>All situations</source>
        <translation>全部情形</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="256" />
        <source>Talk tracks</source>
        <translation>沟通话术</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="321" />
        <source>the person who handles payments</source>
        <translation>负责付款的人</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="348" />
        <source>%1 for the customer (%2)</source>
        <translation>客户当地时间 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="375" />
        <source>The contact time is in the future.</source>
        <translation>联络时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="376" />
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="379" />
        <source>This contact breaks a contact rule (see above); give an override reason to record it anyway.</source>
        <translation>此次联络违反联络规则（见上方）；如仍需记录，请填写例外理由。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="401" />
        <source>Logged a %1 contact with %2.</source>
        <translation>已记录与 %2 的%1联络。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="404" />
        <source>The override was recorded in the evidence log.</source>
        <translation>例外理由已写入催收记录。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="89" />
        <source>&amp;New Ledger…</source>
        <translation>新建台账(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="90" />
        <source>Create a new, empty ledger file</source>
        <translation>新建一个空台账文件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="91" />
        <source>&amp;Open Ledger…</source>
        <translation>打开台账(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="92" />
        <source>Open another ledger file</source>
        <translation>打开其他台账文件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="93" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="94" />
        <source>Import customers, invoices or payments from CSV or Excel</source>
        <translation>从 CSV 或 Excel 导入客户、发票或收款</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="95" />
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="96" />
        <source>Save a copy of this ledger</source>
        <translation>保存此台账的副本</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="97" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="98" />
        <source>New &amp;Customer…</source>
        <translation>新建客户(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="100" />
        <source>&amp;Edit Customer…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="101" />
        <source>New &amp;Invoice…</source>
        <translation>新建发票(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="103" />
        <source>New invoice</source>
        <translation>新建发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="104" />
        <source>Record &amp;Payment…</source>
        <translation>登记收款(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="106" />
        <source>Record payment</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="107" />
        <source>&amp;Write Off…</source>
        <translation>核销坏账(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="108" />
        <source>Write off</source>
        <translation>核销坏账</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="109" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="110" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="111" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="112" />
        <source>&amp;About arledger</source>
        <translation>关于 arledger(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="113" />
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="115" />
        <source>&amp;Open Customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="116" />
        <source>Show the selected customer's account, timeline and letters</source>
        <translation>查看所选客户的账户、时间线和函件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="117" />
        <source>Open &amp;Invoice</source>
        <translation>打开发票(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="118" />
        <source>Show the selected invoice: payments, disputes, promises, letters, interest and documents</source>
        <translation>显示所选发票：付款、争议、承诺、函件、利息和文件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="120" />
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="121" />
        <source>&amp;Log Contact…</source>
        <translation>记录联络(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="122" />
        <source>Log a call, email, letter or visit; the contact rules are checked first</source>
        <translation>记录电话、邮件、信函或拜访；会先检查联络规则</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="123" />
        <source>Record P&amp;romise…</source>
        <translation>记录承诺(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="124" />
        <source>Record a promise to pay an amount by a date</source>
        <translation>记录在某日期前支付某金额的承诺</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="125" />
        <source>Instalment P&amp;lan…</source>
        <translation>分期计划(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="126" />
        <source>Agree a schedule of dated instalments</source>
        <translation>约定按日期分期付款的计划</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="127" />
        <source>Open &amp;Dispute…</source>
        <translation>提出争议(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="128" />
        <source>Take an invoice out of escalation while a dispute is open</source>
        <translation>争议未决期间暂停该发票的升级</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="129" />
        <source>Resol&amp;ve Dispute…</source>
        <translation>解决争议(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="130" />
        <source>Waive &amp;Interest…</source>
        <translation>免除利息(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="131" />
        <source>Waive interest or compensation on an invoice, whole or part, with a reason</source>
        <translation>免除发票的全部或部分利息或补偿，并注明原因</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="132" />
        <source>&amp;Mark Task Done</source>
        <translation>标记任务完成(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="133" />
        <source>Mark the selected follow-up task done</source>
        <translation>将所选跟进任务标记为完成</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="134" />
        <source>Letter for &amp;Customer…</source>
        <translation>为客户生成函件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="135" />
        <source>Preview the letter due for the selected customer; print, save or send</source>
        <translation>预览所选客户的应发函件；可打印、保存或发送</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="136" />
        <source>&amp;Generate All Due Letters…</source>
        <translation>生成全部应发函件(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="137" />
        <source>Send every letter due today, off the main window, with progress</source>
        <translation>在后台发送今日全部应发函件，并显示进度</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="138" />
        <source>&amp;Statement of Account…</source>
        <translation>对账单(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="139" />
        <source>&amp;Export Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="140" />
        <source>Write the accountant's workbook (aging, open items, invoices, payments, customers)</source>
        <translation>生成给会计的工作簿（账龄、未结项目、发票、收款、客户）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="195" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="197" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="204" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="210" />
        <source>&amp;Collections</source>
        <translation>催收(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="218" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="224" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="241" />
        <source>Ledger: %1</source>
        <translation>台账：%1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="243" />
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="253" />
        <source>Sample ledger</source>
        <translation>示例台账</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="363" />
        <source>Select an invoice first.</source>
        <translation>请先选择一张发票。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="370" />
        <location filename="../../arledger/gui/views/main_window.py" line="608" />
        <source>Select a customer first.</source>
        <translation>请先选择一个客户。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="422" />
        <source>New Ledger</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="428" />
        <source>Open Ledger</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="440" />
        <source>No other ledgers yet</source>
        <translation>暂无其他台账</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="454" />
        <source>Back Up Ledger</source>
        <translation>备份台账</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="462" />
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="479" />
        <source>Select a customer first (Customers, Ctrl+2).</source>
        <translation>请先选择一个客户（客户页，Ctrl+2）。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="520" />
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="592" />
        <source>Select a follow-up task on the Today page (Ctrl+2) first.</source>
        <translation>请先在“今日”页（Ctrl+2）选择一个跟进任务。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="599" />
        <source>Marked done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="615" />
        <source>Sent letter %1 to %2; archived and logged.</source>
        <translation>已向 %2 发送函件 %1，已归档并记录。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="621" />
        <source>Letter %1</source>
        <translation>函件 %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="623" />
        <source>Archived copy: %1</source>
        <translation>归档副本：%1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="655" />
        <source>No letters are due today.</source>
        <translation>今天没有应发的函件。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="673" />
        <source>Letters</source>
        <translation>函件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="673" />
        <source>Sending today's letters…</source>
        <translation>正在发送今日函件…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="679" />
        <source>Stopped on request: %1 letter(s) were sent, each archived and logged. Run the batch again with the same folder to send the rest.</source>
        <translation>已按要求停止：已发送 %1 封函件，均已归档并记录。使用同一文件夹再次运行即可发送其余函件。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="682" />
        <source>Sent %1 letter(s); one PDF each and a combined file for printing are in %2.</source>
        <translation>已发送 %1 封函件；每封的 PDF 及合并打印文件均保存在 %2。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="695" />
        <location filename="../../arledger/gui/views/main_window.py" line="724" />
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="696" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="720" />
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="724" />
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="729" />
        <source>Wrote %1 (%2 rows).</source>
        <translation>已写入 %1（%2 行）。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="526" />
        <source>About arledger</source>
        <translation>关于 arledger</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="527" />
        <source>&lt;h3&gt;arledger %1&lt;/h3&gt;&lt;p&gt;Accounts receivable and collections for small businesses.&lt;/p&gt;&lt;p&gt;Ledger file:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt for Python %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;arledger %1&lt;/h3&gt;&lt;p&gt;面向小企业的应收账款与催收工具。&lt;/p&gt;&lt;p&gt;台账文件：&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt for Python %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="153" />
        <source>Match the columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="181" />
        <source>Add customers the file names but the ledger does not have</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="185" />
        <source>Saved profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="186" />
        <source>Encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="187" />
        <source>Sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="188" />
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="189" />
        <source>Numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="202" />
        <source>Profile name, e.g. Xero export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="204" />
        <source>Save as profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="222" />
        <source>%1: detection proposes a field for each column and the formats it found; check them, change what is wrong, and choose (ignore) for columns you do not need.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="226" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="235" />
        <source>Reading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="259" />
        <source>(one table)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="269" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="291" />
        <source>(ignore)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="344" />
        <source>Saved as profile '%1'.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="32" />
        <location filename="../../arledger/gui/dialogs/payment.py" line="89" />
        <source>Record Payment</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="53" />
        <source>bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="53" />
        <source>card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="53" />
        <source>cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="53" />
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="56" />
        <source>Bank statement reference</source>
        <translation>银行流水参考号</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="60" />
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="60" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="60" />
        <source>Open now</source>
        <translation>当前未结</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="61" />
        <source>Applied</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="61" />
        <source>Left open</source>
        <translation>剩余未结</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="79" />
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="81" />
        <source>&amp;Received on</source>
        <translation>收款日期(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="82" />
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="83" />
        <source>A&amp;pply to</source>
        <translation>冲销对象(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="84" />
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="85" />
        <source>R&amp;eference</source>
        <translation>参考号(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="86" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="111" />
        <source>Oldest invoices first</source>
        <translation>按到期先后冲销</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="115" />
        <source>%1 · %2 open invoices in %3</source>
        <translation>%1 · %3 未结发票 %2 张</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="118" />
        <source>%1 — due %2, open %3</source>
        <translation>%1 — %2 到期，未结 %3</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="139" />
        <source>%1 is more than is open; it stays on the account as credit.</source>
        <translation>%1 超出未结金额，将作为贷项留在账户上。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="152" />
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="155" />
        <source>There is no customer with code '%1'.</source>
        <translation>没有编号为“%1”的客户。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="156" />
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="178" />
        <source>Payment of %1 recorded and applied to %2 invoice(s)</source>
        <translation>已登记收款 %1，冲销 %2 张发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="181" />
        <source>; %1 left as credit</source>
        <translation>；%1 作为贷项保留</translation>
    </message>
</context>
<context>
    <name>PdfViewerDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="70" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="73" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="76" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="116" />
        <source>The PDF %1 could not be opened.</source>
        <translation>无法打开 PDF %1。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="129" />
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="148" />
        <source>%1 could not be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="152" />
        <source>Saved the PDF for printing as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="159" />
        <source>Sending %1 to %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="160" />
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="165" />
        <source>the default printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="165" />
        <source>Sent to %1 (job %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="181" />
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="202" />
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="203" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="218" />
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="221" />
        <source>Saved a copy to %1.</source>
        <translation>已将副本保存到 %1。</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="517" />
        <source>Instalment Plan</source>
        <translation>分期计划</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="529" />
        <source>&amp;Add instalment</source>
        <translation>添加分期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="531" />
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="543" />
        <source>e.g. three monthly instalments agreed by phone</source>
        <translation>例如：电话约定按月分三期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="546" />
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="548" />
        <source>&amp;Schedule</source>
        <translation>还款计划(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="549" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="550" />
        <source>&amp;Invoices</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="551" />
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="552" />
        <source>&amp;Made by</source>
        <translation>承诺人(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="554" />
        <source>Agree Plan</source>
        <translation>确认计划</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="580" />
        <source>An instalment plan needs at least one dated amount.</source>
        <translation>分期计划至少需要一笔带日期的金额。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="583" />
        <source>instalment %1</source>
        <translation>第 %1 期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="587" />
        <source>Instalment dates must be in order, one instalment a day at most.</source>
        <translation>分期日期必须按顺序排列，每天最多一期。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="589" />
        <source>The first instalment is in the past.</source>
        <translation>第一期日期已过。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="602" />
        <source>Agreed a plan of %1 instalments with %2.</source>
        <translation>已与 %2 约定 %1 期分期计划。</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="421" />
        <location filename="../../arledger/gui/dialogs/collections.py" line="450" />
        <source>Record Promise</source>
        <translation>记录承诺</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="431" />
        <source>Who promised</source>
        <translation>承诺人</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="437" />
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="439" />
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="440" />
        <source>&amp;Pay by</source>
        <translation>付款期限(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="441" />
        <source>&amp;Invoices</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="442" />
        <source>&amp;Made by</source>
        <translation>承诺人(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="443" />
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="444" />
        <source>Escalation of these invoices pauses until the date plus the grace days; confirm the promise in writing and follow up the day after.</source>
        <translation>这些发票的升级将暂停至承诺日期加宽限天数；请书面确认承诺，并在次日跟进。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="477" />
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="480" />
        <source>The promised date is in the past.</source>
        <translation>承诺日期已过。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="494" />
        <source>Recorded a promise of %1 by %2 from %3.</source>
        <translation>已记录 %3 承诺在 %2 前支付 %1。</translation>
    </message>
</context>
<context>
    <name>PromiseTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="284" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="285" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="286" />
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="287" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="289" />
        <source>Plan</source>
        <translation>分期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="290" />
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="290" />
        <source>all overdue</source>
        <translation>全部逾期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="291" />
        <source>Made by</source>
        <translation>承诺人</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="292" />
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="299" />
        <source>Plan %1 · #%2</source>
        <translation>计划 %1 · 第 %2 期</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="186" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="188" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="213" />
        <source>Rank %1 of %2 today. Score %3 = overdue amount × days overdue × risk weight × task weight (amounts are not converted between currencies).</source>
        <translation>今日排名第 %1（共 %2 项）。得分 %3 = 逾期金额 × 逾期天数 × 风险权重 × 任务权重（不同币种金额不换算）。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="190" />
        <source>What to do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="191" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="184" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="59" />
        <location filename="../../arledger/gui/views/reports.py" line="325" />
        <source>Aged receivables</source>
        <translation>应收账款账龄</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="68" />
        <source>Day boundaries between buckets, for example 30,60,90,180</source>
        <translation>区间的天数分界，例如 30,60,90,180</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="70" />
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="71" />
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="74" />
        <location filename="../../arledger/gui/views/reports.py" line="93" />
        <location filename="../../arledger/gui/views/reports.py" line="150" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="75" />
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="77" />
        <location filename="../../arledger/gui/views/reports.py" line="143" />
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="79" />
        <location filename="../../arledger/gui/views/reports.py" line="146" />
        <location filename="../../arledger/gui/views/reports.py" line="209" />
        <source>Run report</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="91" />
        <location filename="../../arledger/gui/views/reports.py" line="150" />
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="91" />
        <source>Buckets</source>
        <translation>区间</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="92" />
        <source>Age by</source>
        <translation>账龄依据</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="92" />
        <source>One row per</source>
        <translation>每行显示</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="119" />
        <source>&amp;Aging</source>
        <translation>账龄(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="120" />
        <source>I&amp;nterest</source>
        <translation>利息(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="121" />
        <source>&amp;KPIs</source>
        <translation>指标(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="128" />
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="184" />
        <source>%1: interest %2, compensation %3</source>
        <translation>%1：利息 %2，补偿金 %3</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="212" />
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="212" />
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="242" />
        <source>%1 – %2 · one column per currency; hover a measure for its definition.</source>
        <translation>%1 – %2 · 每种货币一列；悬停在指标上可查看定义。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="256" />
        <source>Late-payment interest and fixed compensation per overdue invoice, with the rule and rate used</source>
        <translation>每张逾期发票的逾期利息和固定补偿，以及所用规则和利率</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="258" />
        <source>Collection measures per currency over a period</source>
        <translation>按币种统计的期间催收指标</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="271" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="277" />
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="279" />
        <source>Over %1</source>
        <translation>%1 天以上</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="172" />
        <location filename="../../arledger/gui/views/reports.py" line="235" />
        <location filename="../../arledger/gui/views/reports.py" line="310" />
        <source>Working…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="188" />
        <source>%1 invoices with interest or compensation as of %2. %3 Hover a row for the rule and rate used.</source>
        <translation>截至 %2 共 %1 张发票有利息或补偿。%3 将鼠标悬停在行上可查看所用规则和利率。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="192" />
        <source>Amber rows use the last rate known (marked *), or are time-barred and claim nothing.</source>
        <translation>琥珀色行使用了已知的最后利率（标 *），或已过诉讼时效、不再主张。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="329" />
        <source>by due date</source>
        <translation>按到期日</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="329" />
        <source>by invoice date</source>
        <translation>按开票日期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="330" />
        <source>Aged receivables as of %1, %2 · %3 rows</source>
        <translation>截至 %1 的应收账款账龄（%2）· %3 行</translation>
    </message>
</context>
<context>
    <name>ScheduleTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="611" />
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="611" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>SentLetterTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="336" />
        <source>Sent</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="338" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="339" />
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="340" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="342" />
        <source>Archived file</source>
        <translation>归档文件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="342" />
        <source>not archived</source>
        <translation>未归档</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="61" />
        <source>The minimum amount per letter must be a number such as 50.00.</source>
        <translation>每封函件的最低金额必须是数字，例如 50.00。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="64" />
        <source>The minimum amount per letter must be 0 or more, with at most two decimals.</source>
        <translation>每封函件的最低金额须不小于 0，且最多两位小数。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="94" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="101" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="102" />
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="103" />
        <source>Letters</source>
        <translation>函件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="104" />
        <source>Contact rules</source>
        <translation>联络规则</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="117" />
        <source>The window is redrawn in the new language at once.</source>
        <translation>窗口会立即以新语言重新显示。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="121" />
        <source>Day boundaries between aging buckets, for example 30,90,180</source>
        <translation>账龄区间的天数分界，例如 30,90,180</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="125" />
        <location filename="../../arledger/gui/dialogs/settings.py" line="232" />
        <location filename="../../arledger/gui/dialogs/settings.py" line="238" />
        <location filename="../../arledger/gui/dialogs/settings.py" line="278" />
        <location filename="../../arledger/gui/dialogs/settings.py" line="280" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="134" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="136" />
        <source>Aging &amp;buckets (days)</source>
        <translation>账龄区间（天）(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="137" />
        <source>Your &amp;name in the log</source>
        <translation>记录中的您的姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="138" />
        <source>Promise &amp;grace</source>
        <translation>承诺宽限期(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="139" />
        <source>Default &amp;jurisdiction</source>
        <translation>默认司法辖区(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="147" />
        <source>Company &amp;name</source>
        <translation>公司名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="147" />
        <source>&amp;Registration</source>
        <translation>注册信息(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="148" />
        <source>&amp;Email</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="148" />
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="148" />
        <source>&amp;Contact person</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="149" />
        <source>&amp;Website</source>
        <translation>网站(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="149" />
        <source>Countr&amp;y</source>
        <translation>国家(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="163" />
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="168" />
        <source>PNG or JPEG; a path relative to the ledger's folder also works</source>
        <translation>PNG 或 JPEG；也可填写相对于台账文件夹的路径</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="169" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="174" />
        <source>&amp;Logo</source>
        <translation>标志(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="177" />
        <source>Bank details (printed on letters)</source>
        <translation>银行信息（打印在函件上）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="180" />
        <source>Account &amp;holder</source>
        <translation>账户名(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="180" />
        <source>&amp;IBAN</source>
        <translation>IBAN(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="180" />
        <source>BI&amp;C</source>
        <translation>BIC(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="181" />
        <source>&amp;Bank</source>
        <translation>开户银行(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="195" />
        <source>Letterhead logo</source>
        <translation>信头标志</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="196" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="209" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="209" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="209" />
        <source>Days after due</source>
        <translation>到期后天数</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="210" />
        <source>Reply days</source>
        <translation>答复天数</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="210" />
        <source>Reply days (individual, E&amp;W)</source>
        <translation>答复天数（英格兰和威尔士个人）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="221" />
        <source>Add level</source>
        <translation>添加级别</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="223" />
        <source>Remove level</source>
        <translation>删除级别</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="236" />
        <source>No letter for less than this, in each currency's own units: 50.00 means £50.00 for a GBP customer and €50.00 for a EUR one</source>
        <translation>低于此金额不发函，按各币种计：50.00 对英镑客户为 £50.00，对欧元客户为 €50.00</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="245" />
        <source>&amp;Minimum amount per letter</source>
        <translation>每封函件最低金额(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="240" />
        <source>&amp;Page size</source>
        <translation>纸张大小(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="241" />
        <source>&amp;Escalation levels</source>
        <translation>升级级别(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="244" />
        <source>Days between &amp;letters</source>
        <translation>函件间隔天数(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="246" />
        <source>Escalate &amp;after the last level</source>
        <translation>最后一级后升级处理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="260" />
        <source>Level %1</source>
        <translation>第 %1 级</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="275" />
        <source>in the debtor's time zone</source>
        <translation>（债务人所在时区）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="283" />
        <source>Contact &amp;hours</source>
        <translation>联络时段(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="288" />
        <source>calls at most in</source>
        <translation>次通话，期间</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="291" />
        <source>Call &amp;cap</source>
        <translation>通话上限(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="294" />
        <source>&amp;Pause after a conversation (individuals)</source>
        <translation>通话后暂停（个人客户）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="295" />
        <source>Disputes, do-not-contact and attorney-on-record always pause contact. A guarded contact can still be logged with an override reason, which goes into the log.</source>
        <translation>存在争议、要求勿联系或已委托律师时，联络始终暂停。受限的联络仍可填写例外理由后记录，理由会写入催收记录。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="319" />
        <source>Escalation level row %1: level, days after due and reply days are whole numbers.</source>
        <translation>升级级别第 %1 行：级别、到期后天数和答复天数必须为整数。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="322" />
        <source>Escalation level row %1 needs a name.</source>
        <translation>升级级别第 %1 行需要名称。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="325" />
        <source>The escalation policy needs at least one level.</source>
        <translation>升级策略至少需要一个级别。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="336" />
        <source>The company country is a two-letter code such as GB, DE or CN.</source>
        <translation>公司所在国家应为两位字母代码，如 GB、DE 或 CN。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="348" />
        <source>There is no logo file at %1.</source>
        <translation>%1 处没有标志文件。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="364" />
        <source>Contact hours must end after they start.</source>
        <translation>联络时段的结束时间必须晚于开始时间。</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="696" />
        <source>Statement of Account</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="704" />
        <source>From the first entry</source>
        <translation>从第一笔记录开始</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="715" />
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="716" />
        <source>&amp;From</source>
        <translation>起始(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="717" />
        <source>&amp;To</source>
        <translation>截止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="718" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="727" />
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="728" />
        <source>There is no customer with code '%1'.</source>
        <translation>没有编号为“%1”的客户。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="732" />
        <source>The period starts after it ends.</source>
        <translation>起始日期晚于截止日期。</translation>
    </message>
</context>
<context>
    <name>StatementPreviewDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="315" />
        <source>Statement for %1</source>
        <translation>%1 的对账单</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="327" />
        <source>up to </source>
        <translation>截至 </translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/letter_preview.py" line="328" />
        <source>Statement %1 · %2 · %3 entries</source>
        <translation>对账单 %1 · %2 · %3 条记录</translation>
    </message>
</context>
<context>
    <name>TileFrame</name>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="54" />
        <source>Receivables · %1</source>
        <translation>应收账款 · %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="60" />
        <source>Overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="64" />
        <source>%1 of the balance is past due</source>
        <translation>余额中 %1 已逾期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="68" />
        <source>Show the open %1 invoices</source>
        <translation>查看 %1 未结发票</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="244" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="245" />
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="247" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="248" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="249" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="250" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/collections.py" line="259" />
        <source>Event %1 · SHA-256 %2
Previous %3</source>
        <translation>记录 %1 · SHA-256 %2
前一条 %3</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../arledger/gui/views/today.py" line="38" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/today.py" line="41" />
        <source>Log call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/today.py" line="41" />
        <source>Record promise</source>
        <translation>记录承诺</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/today.py" line="42" />
        <source>Send letter</source>
        <translation>发送函件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/today.py" line="42" />
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/today.py" line="43" />
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/today.py" line="76" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/today.py" line="82" />
        <source>Working out today's queue…</source>
        <translation>正在生成今日任务…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/today.py" line="99" />
        <source>%1 · %2 tasks</source>
        <translation>%1 · %2 项任务</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/today.py" line="102" />
        <source>Nothing to do today: no letters due, no promises to check, no calls to make.</source>
        <translation>今天没有任务：无应发函件、无待核对承诺、无需拨打电话。</translation>
    </message>
</context>
<context>
    <name>ValidatedDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/base.py" line="207" />
        <source>Discard what you have entered?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/base.py" line="210" />
        <source>The changes in this form have not been saved.</source>
        <translation>此表单中的更改尚未保存。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/base.py" line="212" />
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/base.py" line="214" />
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>WaiveInterestDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/waiver.py" line="20" />
        <source>Waive Interest</source>
        <translation>免除利息</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/waiver.py" line="39" />
        <source>e.g. goodwill: paid in full after our call</source>
        <translation>例如：致电后已全额付款，予以通融</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/waiver.py" line="40" />
        <source>&amp;Invoice</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/waiver.py" line="42" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/waiver.py" line="44" />
        <source>I&amp;nterest to waive</source>
        <translation>免除利息(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/waiver.py" line="45" />
        <source>&amp;Compensation to waive</source>
        <translation>免除补偿(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/waiver.py" line="46" />
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/waiver.py" line="48" />
        <source>Waive</source>
        <translation>免除</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/waiver.py" line="59" />
        <source>Claimable on this date: interest %1, compensation %2</source>
        <translation>该日可主张：利息 %1，补偿 %2</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/waiver.py" line="64" />
        <source>interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/waiver.py" line="65" />
        <source>compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/waiver.py" line="67" />
        <source>Enter the interest or compensation to waive.</source>
        <translation>请输入要免除的利息或补偿。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/waiver.py" line="68" />
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/waiver.py" line="85" />
        <source>Waived interest and compensation on %1.</source>
        <translation>已免除 %1 的利息和补偿。</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="16" />
        <location filename="../../arledger/gui/dialogs/write_off.py" line="37" />
        <source>Write Off</source>
        <translation>核销坏账</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="27" />
        <source>the whole open amount</source>
        <translation>全部未结金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="30" />
        <source>e.g. customer insolvent; claim filed with the administrator</source>
        <translation>例如：客户破产，已向管理人申报债权</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="31" />
        <source>&amp;Invoice</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="33" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="34" />
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="35" />
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="45" />
        <source>Invoice %1 has nothing open to write off.</source>
        <translation>发票 %1 没有可核销的未结金额。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="47" />
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="49" />
        <source>That is more than the %1 still open.</source>
        <translation>超过了当前未结的 %1。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="51" />
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="63" />
        <source>Wrote off %1 of invoice %2.</source>
        <translation>已核销发票 %2 的 %1。</translation>
    </message>
</context>
<context>
    <name>_CustomerDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="148" />
        <source>open %1, overdue %2</source>
        <translation>未结 %1，逾期 %2</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="151" />
        <source>nothing open</source>
        <translation>无未结款项</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="157" />
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/collections.py" line="158" />
        <source>There is no customer with code '%1'.</source>
        <translation>没有编号为“%1”的客户。</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="55" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
</TS>