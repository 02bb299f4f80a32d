<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../arledger/cli/main.py" />
      <source>The desktop app cannot be opened from here; run 'arledger' on its own.</source>
      <comment>cli.no_desktop</comment>
      <translation>无法从此处打开桌面程序；请单独运行 'arledger'。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/common.py" />
      <source>There is no ledger at {path}; create one with 'arledger demo --ledger {path}' or open the app to start a new one.</source>
      <comment>ledger.missing</comment>
      <translation>{path} 处没有台账；可用 'arledger demo --ledger {path}' 创建一个台账，或打开程序新建。</translation>
    </message>
  </context>
</TS>
