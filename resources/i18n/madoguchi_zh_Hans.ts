<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AssistanceCalls</name>
    <message>
        <source>A visitor at the kiosk “%1” asks for a clerk (%2, since %3).</source>
        <translation>取号机“%1”处的访客正在呼叫工作人员（%2，自 %3 起）。</translation>
    </message>
    <message>
        <source>I&apos;ll go</source>
        <translation>我去处理</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Display board — Madoguchi</source>
        <extracomment>The display board window&apos;s title</extracomment>
        <translation>叫号显示屏 — Madoguchi</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Read your My Number card instead of writing?</source>
        <translation>要读取您的个人编号卡​来代替填写吗？</translation>
    </message>
    <message>
        <source>Place your My Number card on the reader</source>
        <translation>请将个人编号卡​放在读卡器上</translation>
    </message>
    <message>
        <source>Only one PIN try is left</source>
        <translation>密码只剩1次​输入机会</translation>
    </message>
    <message>
        <source>Enter your card&apos;s 4-digit PIN</source>
        <translation>请输入该卡的​4位数字密码</translation>
    </message>
    <message>
        <source>Your card has been read</source>
        <translation>已读取您的卡</translation>
    </message>
    <message>
        <source>The PIN of this card is locked</source>
        <translation>此卡的密码​已被锁定</translation>
    </message>
    <message>
        <source>The card reader cannot be used now</source>
        <translation>读卡器​暂时无法使用</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>正在读取卡片…</translation>
    </message>
    <message>
        <source>The kiosk reads the name, address, date of birth and sex on your card and gives them to the clerk, who fills in your forms. Your individual number is not read. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>取号机将读取​卡上的​姓名、住址、出生日期和性别，并交给​工作人员，由工作人员​为您填写表格。不会读取​个人编号。这些信息​将在当天结束时​删除。需要该卡的​4位数字密码（券面事项输入辅助用）。</translation>
    </message>
    <message>
        <source>The reader is below the screen. Leave the card there until the screen says it has been read.</source>
        <translation>读卡器在​屏幕下方。在屏幕显示​“已读取您的卡”​之前，请将卡片​一直放在上面。</translation>
    </message>
    <message>
        <source>If this PIN is wrong too, the card is locked and must be reset at the municipal office. If you are not sure of the PIN, take a ticket without the card: the clerk will help you.</source>
        <translation>如果这次密码​仍然错误，卡片​将被锁定，须到​市区町村的窗口​重新设置。如果您​不确定密码，您可以不使用卡片，​直接领取号码票，工作人员​会协助您。</translation>
    </message>
    <message>
        <source>The digits are not shown on the screen. Tries left: %1</source>
        <translation>屏幕上​不会显示数字。剩余次数：%1</translation>
    </message>
    <message>
        <source>Please take your card with you. Your ticket is coming.</source>
        <translation>请带好您的卡片。号码票​马上就会出来。</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal office with the card. You can still take a ticket now: the clerk will help you with the forms.</source>
        <translation>密码输错次数过多，已被锁定。请携带卡片​到市区町村的​个人编号卡窗口​重新设置。您现在​仍可领取号码票，工作人员​会协助您​填写表格。</translation>
    </message>
    <message>
        <source>Please take a ticket: the clerk will enter your details.</source>
        <translation>请领取号码票，工作人员​会为您​录入信息。</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <translation>请不要​移动卡片。</translation>
    </message>
    <message>
        <source>Read my card</source>
        <translation>读取卡片</translation>
    </message>
    <message>
        <source>I am sure of my PIN</source>
        <translation>我确定密码正确</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>领取号码票</translation>
    </message>
    <message>
        <source>No, just a ticket</source>
        <translation>不用，只领取号码票</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The name, address, date of birth and sex on your card are read for your forms, and your individual number for the forms that need it by law: it is printed on them and not kept. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>为填写表格，将读取​卡上的​姓名、住址、出生日期和性别；法律规定​需要的表格​还会读取​个人编号（My Number）：个人编号​只打印在表格上，不会保存。这些信息​将在当天结束时​删除。需要该卡的​4位数字密码。</translation>
    </message>
    <message>
        <source>The name, address, date of birth and sex on your card are read for your forms. Your individual number is not read. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>为填写表格，将读取​卡上的​姓名、住址、出生日期和性别。不会读取​个人编号。这些信息​将在当天结束时​删除。需要该卡的​4位数字密码（券面事项输入辅助用）。</translation>
    </message>
    <message>
        <source>Please take your card with you.</source>
        <translation>请带好您的卡片。</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal office with the card.</source>
        <translation>密码输错次数过多，已被锁定。请携带卡片​到市区町村的​个人编号卡窗口​重新设置。</translation>
    </message>
    <message>
        <source>The card reader is not connected, or the smart card service is not running.</source>
        <translation>读卡器​未连接，或​智能卡服务​未运行。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Do not read the card</source>
        <translation>不读取卡片</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>Counter %1 — %2</source>
        <translation>%1号窗口 — %2</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>叫下一位</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>重新呼叫</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>办理完毕</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Number, e.g. A-023</source>
        <translation>号码（例：A-023）</translation>
    </message>
    <message>
        <source>Call this number</source>
        <translation>呼叫此号码</translation>
    </message>
    <message>
        <source>Unpark</source>
        <translation>取消挂起</translation>
    </message>
    <message>
        <source>Service to transfer to</source>
        <translation>转交的手续</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>the counter&apos;s status</comment>
        <translation>开放中</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>the counter&apos;s status</comment>
        <translation>暂停中</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>the counter&apos;s status</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action: open the counter</comment>
        <translation>开放</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>action: close the counter for the day</comment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Outcome (optional), recorded with Finish</source>
        <extracomment>What came of the visit, recorded with Finish (F4), e.g. &quot;certificate issued&quot;</extracomment>
        <translation>办理结果（可选，随“办理完毕”记录）</translation>
    </message>
    <message>
        <source>Counter %1 — counter console</source>
        <extracomment>The console window&apos;s title: %1 is the counter&apos;s number</extracomment>
        <translation>%1号窗口 — 窗口终端</translation>
    </message>
    <message>
        <source>Close counter %1 for the day? Waiting visitors stay in the queue.</source>
        <translation>确定今天关闭%1号窗口吗？正在等候的人​仍会留在队列中。</translation>
    </message>
    <message>
        <source>Pause counter %1? No one is called here until it is opened again.</source>
        <translation>确定暂停%1号窗口吗？重新开放之前，本窗口​不会叫号。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Keeps the counter as it is instead of pausing or closing it</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Queue and actions</source>
        <translation>排队与操作</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>表格</translation>
    </message>
</context>
<context>
    <name>DemoDevicesWindow</name>
    <message>
        <source>Simulated devices</source>
        <translation>模拟设备</translation>
    </message>
    <message>
        <source>Scanner: hold a reservation&apos;s code to the kiosk</source>
        <translation>扫描器：将预约码对准取号机</translation>
    </message>
    <message>
        <source>%1 %2 — code %3</source>
        <translation>%1 %2 — 代码 %3</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Printer: the last ticket</source>
        <translation>打印机：最近一张号票</translation>
    </message>
    <message>
        <source>Paper out</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <source>No ticket printed yet.</source>
        <translation>尚未打印号票。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Card reader: place a My Number card (PIN 1234)</source>
        <translation>读卡器：放上个人编号卡（密码 1234）</translation>
    </message>
    <message>
        <source>Lift the card</source>
        <translation>拿开卡片</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>放上</translation>
    </message>
    <message>
        <source>One try left</source>
        <translation>剩1次</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Place a transit IC card</source>
        <translation>放上交通IC卡</translation>
    </message>
</context>
<context>
    <name>FormsPane</name>
    <message>
        <source>Forms of %1</source>
        <translation>%1 的表格</translation>
    </message>
    <message>
        <source>No visit at the counter</source>
        <translation>窗口没有正在办理的访客</translation>
    </message>
    <message>
        <source>In the visit · printed</source>
        <translation>已加入 · 已打印</translation>
    </message>
    <message>
        <source>In the visit</source>
        <translation>已加入</translation>
    </message>
    <message>
        <source>Not in the visit</source>
        <translation>未加入</translation>
    </message>
    <message>
        <source>Signed</source>
        <extracomment>The visitor has checked and signed the form</extracomment>
        <translation>已签名</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Read the My Number card</source>
        <translation>读取个人编号卡</translation>
    </message>
    <message>
        <source>Print all forms</source>
        <translation>打印全部表格</translation>
    </message>
    <message>
        <source>Empty boxes stay empty on paper</source>
        <translation>空白栏打印后仍为空白</translation>
    </message>
    <message>
        <source>Details for the forms</source>
        <translation>表格所需信息</translation>
    </message>
    <message>
        <source>%1 missing, %2 to choose</source>
        <translation>缺少 %1 项，待选择 %2 项</translation>
    </message>
    <message>
        <source>Add a household member</source>
        <translation>添加家庭成员</translation>
    </message>
    <message>
        <source>Preview of the form as it will print</source>
        <translation>表格打印效果预览</translation>
    </message>
    <message>
        <source>Sources disagree: choose</source>
        <translation>来源不一致：请选择</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>外字: the fonts lack a character; write it by hand</source>
        <translation>外字：字体中缺少某个字，请手写</translation>
    </message>
    <message>
        <source>Type it once for every form</source>
        <translation>输入一次即可用于所有表格</translation>
    </message>
    <message>
        <source>個人番号 from the card</source>
        <translation>个人编号来自卡片</translation>
    </message>
    <message>
        <source>個人番号: read the card</source>
        <translation>个人编号：请读取卡片</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Large text</source>
        <extracomment>Switch for large text; keep it short</extracomment>
        <translation>大字体</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Switch for black-and-yellow high-contrast colours; keep it short</extracomment>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <extracomment>Switch for reading each screen aloud; keep it short</extracomment>
        <translation>语音引导</translation>
    </message>
    <message>
        <source>Low screen</source>
        <extracomment>Switch that moves every control to the lower part of the screen, within reach from a wheelchair; keep it short</extracomment>
        <translation>低位显示</translation>
    </message>
    <message>
        <source>Call a clerk</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <source>Called</source>
        <extracomment>Under &quot;Call a clerk&quot; once it was pressed</extracomment>
        <translation>已呼叫</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>The state of a switch in the kiosk&apos;s header</extracomment>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>A clerk has been called and will come to you. Please wait here.</source>
        <translation>已呼叫工作人员，马上会过来。请在此处稍候。</translation>
    </message>
    <message>
        <source>%1 — ticket kiosk</source>
        <extracomment>The kiosk window&apos;s title: %1 is the office&apos;s name</extracomment>
        <translation>%1 — 取号机</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>您还在使用吗？</translation>
    </message>
    <message>
        <source>Choose your language below.</source>
        <translation>请在下方选择语言。</translation>
    </message>
    <message>
        <source>Hold your reservation&apos;s QR code under the reader, or type its code below.</source>
        <translation>请将预约二维码​对准读取器，或在下方​输入预约码。</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>请取走您的号码票。</translation>
    </message>
    <message>
        <source>Your number: %1</source>
        <translation>您的号码：%1</translation>
    </message>
    <message>
        <source>Touch your procedure below.</source>
        <translation>请在下方​点选您要办理的手续。</translation>
    </message>
    <message>
        <source>The office is closed now.</source>
        <translation>现在不在办公时间。</translation>
    </message>
    <message>
        <source>Place your card on the reader.</source>
        <translation>请将卡片​放在读卡器上。</translation>
    </message>
    <message>
        <source>Enter your PIN below.</source>
        <translation>请在下方​输入密码。</translation>
    </message>
    <message>
        <source>Only one PIN try is left.</source>
        <translation>密码只剩1次​输入机会。</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked.</source>
        <translation>此卡的密码​已被锁定。</translation>
    </message>
    <message>
        <source>Read your card instead of writing?</source>
        <translation>要读取卡片​来代替填写吗？</translation>
    </message>
    <message>
        <source>Please wait. Do not move the card.</source>
        <translation>请稍候。请不要​移动卡片。</translation>
    </message>
    <message>
        <source>Please take your My Number card from the reader.</source>
        <translation>请从读卡器上​取走您的个人编号卡。</translation>
    </message>
    <message>
        <source>Please take your card.</source>
        <translation>请取走​您的卡片。</translation>
    </message>
    <message>
        <source>The card reader cannot be used now.</source>
        <translation>读卡器​暂时无法使用。</translation>
    </message>
</context>
<context>
    <name>LoginPane</name>
    <message>
        <source>Counter %1: staff login</source>
        <translation>%1号窗口：工作人员登录</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Appointment</name>
    <message>
        <source>This service does not take reservations at that time.</source>
        <translation>该业务在此时间不接受预约。</translation>
    </message>
    <message>
        <source>That time has already begun. Please choose a later time.</source>
        <translation>该时间已经开始。请选择较晚的时间。</translation>
    </message>
    <message>
        <source>That time is fully booked. Please choose another time.</source>
        <translation>该时间已约满。请选择其他时间。</translation>
    </message>
    <message>
        <source>There is no reservation with this code. Please check the code, or take a ticket.</source>
        <translation>没有此代码的预约。请核对代码，或领取号票。</translation>
    </message>
    <message>
        <source>This reservation was cancelled. Please take a ticket.</source>
        <translation>此预约已取消。请领取号票。</translation>
    </message>
    <message>
        <source>Your reservation is on %1 at %2. Please come on that day.</source>
        <translation>您的预约是 %1 %2。请在当天前来。</translation>
    </message>
    <message>
        <source>Your reservation is at %1. Please check in from %2.</source>
        <translation>您的预约时间是 %1。请从 %2 起办理签到。</translation>
    </message>
    <message>
        <source>The time of your reservation (%1) has passed. Please take a ticket.</source>
        <translation>您的预约时间（%1）已过。请领取号票。</translation>
    </message>
    <message>
        <source>This reservation has already checked in.</source>
        <translation>此预约已签到。</translation>
    </message>
    <message>
        <source>The reservation could not be saved. Please try again.</source>
        <translation>无法保存预约。请重试。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Board</name>
    <message>
        <source>Now calling</source>
        <translation>正在叫号</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>已叫号码</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>当前等候</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1人等候</translation>
    </message>
    <message>
        <source>Few waiting</source>
        <translation>人少</translation>
    </message>
    <message>
        <source>Some waiting</source>
        <translation>稍多</translation>
    </message>
    <message>
        <source>Many waiting</source>
        <translation>较拥挤</translation>
    </message>
    <message>
        <source>Very crowded</source>
        <translation>非常拥挤</translation>
    </message>
    <message>
        <source>Number %1, please come to counter %2.</source>
        <extracomment>A call spoken on the display board by a speech synthesizer; for Japanese write it in kana only, the synthesizer cannot read kanji.</extracomment>
        <translation>请 %1 号到 %2 号窗口办理。</translation>
    </message>
    <message>
        <source>This board has lost its connection to the office. Please listen for your number or ask at the reception.</source>
        <translation>本显示屏与办公室的连接已中断。请留意叫号广播，或到接待处询问。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Card</name>
    <message>
        <source>The PIN is not right. Please enter it again.</source>
        <translation>密码不正确。请重新输入。</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please place your My Number card on the reader.</source>
        <translation>此卡不是​个人编号卡。请将个人编号卡​放在读卡器上。</translation>
    </message>
    <message>
        <source>The card was moved before the reading finished. Please place it again and leave it there until the screen says it has been read.</source>
        <translation>读取完成前​卡片被移动了。请重新放好，在屏幕显示​“已读取您的卡”​之前，请不要​移动卡片。</translation>
    </message>
    <message>
        <source>The card could not be read. Please place it again and keep it still.</source>
        <translation>无法读取卡片。请重新放好，并保持不动。</translation>
    </message>
    <message>
        <source>The card was taken off the reader. Please place it again and leave it there: the PIN is asked once it is read.</source>
        <translation>卡片已离开​读卡器。请重新放好，不要拿开。读取完成后​会请您​输入密码。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Counter</name>
    <message>
        <source>The counter is open</source>
        <translation>窗口已开放</translation>
    </message>
    <message>
        <source>The counter is closed</source>
        <translation>窗口已关闭</translation>
    </message>
    <message>
        <source>Open the counter first (F9)</source>
        <translation>请先开放窗口（F9）</translation>
    </message>
    <message>
        <source>The counter is paused</source>
        <translation>窗口已暂停</translation>
    </message>
    <message>
        <source>Paused: open it to go on (F9)</source>
        <translation>已暂停：请开放窗口后继续（F9）</translation>
    </message>
    <message>
        <source>A visitor is at the counter</source>
        <translation>窗口已有访客</translation>
    </message>
    <message>
        <source>Already serving</source>
        <translation>已在办理中</translation>
    </message>
    <message>
        <source>No visitor has been called</source>
        <translation>尚未呼叫访客</translation>
    </message>
    <message>
        <source>Start serving first (F3)</source>
        <translation>请先开始办理（F3）</translation>
    </message>
    <message>
        <source>No visitor is being served</source>
        <translation>没有正在办理的访客</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation>个人编号卡</translation>
    </message>
    <message>
        <source>Pre-application</source>
        <translation>预先申请</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>The card has been read. Please give it back to the visitor.</source>
        <translation>已读取卡片。请将卡片交还访客。</translation>
    </message>
    <message>
        <source>The pre-application has been read.</source>
        <translation>已读取预先申请。</translation>
    </message>
    <message>
        <source>%1 (household member %2)</source>
        <translation>%1（家庭成员%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) printed: the visitor checks them and signs.</source>
        <translation>
            <numerusform>已打印%n份表格：请访客核对并签名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) the fonts lack are left as boxes: write them by hand.</source>
        <translation>
            <numerusform>字体中缺少的%n个字已打印为方框：请手写补上。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Madoguchi::Field</name>
    <message>
        <source>Family name</source>
        <extracomment>A field of the visitor&apos;s profile and the forms: 氏 (surname)</extracomment>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <extracomment>A field of the visitor&apos;s profile and the forms: 名 (given name)</extracomment>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name (reading)</source>
        <extracomment>A field: the reading of the family name in katakana (フリガナ)</extracomment>
        <translation>姓（读音）</translation>
    </message>
    <message>
        <source>Given name (reading)</source>
        <extracomment>A field: the reading of the given name in katakana (フリガナ)</extracomment>
        <translation>名（读音）</translation>
    </message>
    <message>
        <source>Former surname</source>
        <extracomment>A field: 旧氏, a former surname a resident asked to have recorded (e.g. a maiden name)</extracomment>
        <translation>旧姓</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>A field: 生年月日</extracomment>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <extracomment>A field: 性別, as the resident register records it</extracomment>
        <translation>性别</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>A value of the field Sex: ISO 5218 code 9, as some records hold it</extracomment>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Relationship to the head of household</source>
        <extracomment>A field: 続柄, the person&apos;s relationship to the head of household (e.g. 妻, 子)</extracomment>
        <translation>与户主的关系（続柄）</translation>
    </message>
    <message>
        <source>Nationality or region</source>
        <extracomment>A field for foreign residents: 国籍・地域</extracomment>
        <translation>国籍・地区</translation>
    </message>
    <message>
        <source>Status of residence</source>
        <extracomment>A field for foreign residents: 在留資格 (e.g. 永住者, 技術・人文知識・国際業務)</extracomment>
        <translation>在留资格</translation>
    </message>
    <message>
        <source>Period of stay ends</source>
        <extracomment>A field for foreign residents: 在留期間の満了日</extracomment>
        <translation>在留期间截止日</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <extracomment>A field for foreign residents: 在留カード番号 (12 characters, e.g. AB12345678CD)</extracomment>
        <translation>在留卡号码</translation>
    </message>
    <message>
        <source>Postal code</source>
        <extracomment>A field: 郵便番号</extracomment>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>A field: 住所, the address the visitor lives at (or moves to)</extracomment>
        <translation>住址</translation>
    </message>
    <message>
        <source>Building and room</source>
        <extracomment>A field: 方書, the building&apos;s name and the room number after the address</extracomment>
        <translation>建筑物名称和房间号（方書）</translation>
    </message>
    <message>
        <source>Telephone</source>
        <extracomment>A field: 電話番号, a number to reach the visitor during the day</extracomment>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>A field: メールアドレス</extracomment>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Head of household</source>
        <extracomment>A field: 世帯主, the name of the head of household</extracomment>
        <translation>户主（世帯主）</translation>
    </message>
    <message>
        <source>Registered domicile</source>
        <extracomment>A field: 本籍, the registered domicile of a Japanese national&apos;s family register</extracomment>
        <translation>本籍</translation>
    </message>
    <message>
        <source>Head of the family register</source>
        <extracomment>A field: 筆頭者, the person at the head of the family register</extracomment>
        <translation>户籍笔头人（筆頭者）</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <extracomment>A field: 異動日, the day of moving in, out or within the city</extracomment>
        <translation>迁移日期</translation>
    </message>
    <message>
        <source>Previous address</source>
        <extracomment>A field: 従前の住所, the address before the move</extracomment>
        <translation>原住址</translation>
    </message>
    <message>
        <source>Previous head of household</source>
        <extracomment>A field: the head of household at the address before the move (前住所の世帯主)</extracomment>
        <translation>原住址的户主</translation>
    </message>
    <message>
        <source>Address moving to</source>
        <extracomment>A field: 転出先, the address the visitor moves to outside the city</extracomment>
        <translation>迁往地址（転出先）</translation>
    </message>
    <message>
        <source>Occupation</source>
        <extracomment>A field: 職業 (the claimant&apos;s occupation, on a child-allowance claim)</extracomment>
        <translation>职业</translation>
    </message>
    <message>
        <source>Bank</source>
        <extracomment>A field: 金融機関名, the bank an allowance is paid into</extracomment>
        <translation>金融机构</translation>
    </message>
    <message>
        <source>Branch</source>
        <extracomment>A field: 支店名, the bank&apos;s branch</extracomment>
        <translation>分行</translation>
    </message>
    <message>
        <source>Account type</source>
        <extracomment>A field: 預金種目, the kind of bank account</extracomment>
        <translation>存款种类</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <extracomment>A kind of bank account: 普通</extracomment>
        <translation>普通</translation>
    </message>
    <message>
        <source>Current</source>
        <extracomment>A kind of bank account: 当座</extracomment>
        <translation>支票存款（当座）</translation>
    </message>
    <message>
        <source>Account number</source>
        <extracomment>A field: 口座番号 (7 digits in Japan)</extracomment>
        <translation>账号</translation>
    </message>
    <message>
        <source>Account holder (reading)</source>
        <extracomment>A field: 口座名義 (カナ), the account holder&apos;s name as the bank writes it, in katakana</extracomment>
        <translation>账户名义（读音）</translation>
    </message>
    <message>
        <source>This field is empty.</source>
        <translation>此项未填写。</translation>
    </message>
    <message>
        <source>This is longer than the form has room for (%1 characters).</source>
        <translation>超出表格可容纳的长度（最多%1个字符）。</translation>
    </message>
    <message>
        <source>A name has no digits or symbols.</source>
        <translation>姓名中不能有数字或符号。</translation>
    </message>
    <message>
        <source>Write the reading in katakana or hiragana.</source>
        <translation>读音请用片假名或平假名填写。</translation>
    </message>
    <message>
        <source>This holds characters that cannot be printed.</source>
        <translation>含有无法打印的字符。</translation>
    </message>
    <message>
        <source>This is not a date that exists. Write it as 1990-04-01 or 平成2年4月1日.</source>
        <translation>此日期不存在。请按 1990-04-01 或 平成2年4月1日 的格式填写。</translation>
    </message>
    <message>
        <source>Choose one of the answers offered.</source>
        <translation>请从选项中选择。</translation>
    </message>
    <message>
        <source>A postal code has 7 digits, as 123-4567.</source>
        <translation>邮政编码为7位数字，如 123-4567。</translation>
    </message>
    <message>
        <source>A telephone number has 10 or 11 digits starting with 0, or starts with + and the country code.</source>
        <translation>电话号码为以0开头的10位或11位数字，或以 + 和国家代码开头。</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>这不是电子邮件地址。</translation>
    </message>
    <message>
        <source>A residence card number is 2 letters, 8 digits and 2 letters, as AB12345678CD.</source>
        <translation>在留卡号码为2个字母、8位数字、2个字母，如 AB12345678CD。</translation>
    </message>
    <message>
        <source>Write %1 digits.</source>
        <translation>请填写%1位数字。</translation>
    </message>
    <message>
        <source>There is no such field.</source>
        <translation>没有此项目。</translation>
    </message>
    <message>
        <source>There is no such person in this household.</source>
        <translation>此户中没有这个人。</translation>
    </message>
    <message>
        <source>A value must be written as text.</source>
        <translation>值必须以文本填写。</translation>
    </message>
    <message>
        <source>The household members are a list of at most %1 people.</source>
        <translation>家庭成员是最多%1人的列表。</translation>
    </message>
    <message>
        <source>A household member is an object of fields.</source>
        <translation>家庭成员是由项目组成的对象。</translation>
    </message>
    <message>
        <source>The stored profile of this visit cannot be opened (another key, or damaged).</source>
        <translation>无法打开此次来访所保存的资料（密钥不同或已损坏）。</translation>
    </message>
    <message>
        <source>That source gave no value for this field.</source>
        <translation>该来源没有提供此栏的值。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::GuidePage</name>
    <message>
        <source>What is happening in your life?</source>
        <translation>您的生活中出现了什么情况？</translation>
    </message>
    <message>
        <source>Choose one: a few questions follow, then the procedures for you, in the order to do them.</source>
        <translation>请选择一项：回答几个问题后，将按办理顺序列出您需要办理的手续。</translation>
    </message>
    <message>
        <source>I know what I need: choose the procedures myself</source>
        <translation>我知道需要办理什么：自己选择手续</translation>
    </message>
    <message>
        <source>Choose your procedures</source>
        <translation>请选择您要办理的手续</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第%1题，共%2题</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>What to do, in this order</source>
        <translation>请按以下顺序办理</translation>
    </message>
    <message>
        <source>Your answers call for no procedure. Please go back and check them.</source>
        <translation>根据您的回答，无需办理任何手续。请返回检查您的回答。</translation>
    </message>
    <message>
        <source>Counters %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>Bring:</source>
        <translation>请携带：</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>手续费：%1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1日元</translation>
    </message>
    <message>
        <source>About %1 min at the counter</source>
        <translation>窗口办理约需%1分钟</translation>
    </message>
    <message>
        <source>Online instead: %1</source>
        <translation>在线办理方式：%1</translation>
    </message>
    <message>
        <source>Fees together: %1. About %2 min at the counters.</source>
        <translation>手续费合计：%1。窗口办理共约需%2分钟。</translation>
    </message>
    <message>
        <source>Next: fill in your details once</source>
        <translation>下一步：一次性填写您的信息</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>适用对象：%1</translation>
    </message>
    <message>
        <source>Everyone with this life event</source>
        <translation>遇到此情况的所有人</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>In a condition: a question and the answer that makes it hold (&quot;Do you have a car? — Yes&quot;)</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 — not %2</source>
        <extracomment>In a condition: a question and the answer that must not be given</extracomment>
        <translation>%1 → 不是“%2”</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1，并且%2</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1，或者%2</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>不符合（%1）</translation>
    </message>
    <message>
        <source>Life events and their procedures</source>
        <translation>各种情况及所需手续</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Kiosk</name>
    <message>
        <source>The office system cannot be reached, so no tickets can be issued now. Please ask a clerk.</source>
        <translation>无法连接政府办公系统，现在不能发放号码票。请咨询工作人员。</translation>
    </message>
    <message>
        <source>The office system cannot be reached, so no ticket was issued. Please ask a clerk.</source>
        <translation>无法连接政府办公系统，号码票未发放。请咨询工作人员。</translation>
    </message>
    <message>
        <source>No ticket could be issued: %1</source>
        <translation>无法发放号码票：%1</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Please note your number or photograph the code on the screen.</source>
        <translation>本取号机没有打印机。请记下您的号码或拍下屏幕上的二维码。</translation>
    </message>
    <message>
        <source>The ticket could not be printed (%1). Your number is on the screen: please note it or photograph the code.</source>
        <translation>号码票无法打印（%1）。您的号码显示在屏幕上：请记下号码或拍下二维码。</translation>
    </message>
    <message>
        <source>no wait (reference)</source>
        <translation>无需等待（参考值）</translation>
    </message>
    <message>
        <source>about %1–%2 min (reference)</source>
        <extracomment>参考値: a reference range of waiting minutes, never a promise</extracomment>
        <translation>约%1–%2分钟（参考值）</translation>
    </message>
    <message>
        <source>Reservation at %1</source>
        <translation>预约 %1</translation>
    </message>
    <message>
        <source>A reservation code has 8 letters and digits, like 7K3M-Q2P7. Please check it.</source>
        <translation>预约码由 8 个字母和数字组成，例如 7K3M-Q2P7。请核对。</translation>
    </message>
    <message>
        <source>This code is not right. Please check each character, or scan the QR code.</source>
        <translation>此代码不正确。请逐个核对字符，或扫描二维码。</translation>
    </message>
    <message>
        <source>This code cannot be read. If it is your reservation, please type its code.</source>
        <translation>无法读取此代码。如果是您的预约，请输入预约码。</translation>
    </message>
    <message>
        <source>This is the code of a ticket: scan it with your phone to follow your turn.</source>
        <translation>这是号票上的代码：请用手机扫描，查看叫号进度。</translation>
    </message>
    <message>
        <source>This code cannot be used here.</source>
        <translation>此代码不能在这里使用。</translation>
    </message>
    <message>
        <source>The clerk could not be called. Please ask at the nearest counter.</source>
        <translation>无法呼叫工作人员。请到最近的窗口咨询。</translation>
    </message>
    <message>
        <source>Your details from home have been read. Please choose your procedure: the clerk will have them.</source>
        <translation>已读取您在家中填写的信息。请选择您要办理的手续，窗口工作人员会收到这些信息。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Notice</name>
    <message>
        <source>This office does not send notices by %1.</source>
        <translation>本窗口不通过%1发送通知。</translation>
    </message>
    <message>
        <source>This is not an e-mail address notices can be sent to.</source>
        <translation>这不是可以接收通知的电子邮件地址。</translation>
    </message>
    <message>
        <source>The address must be 1 to %1 characters.</source>
        <translation>地址长度须为1至%1个字符。</translation>
    </message>
    <message>
        <source>This ticket is finished; there is nothing left to notify.</source>
        <translation>此号码票的手续已结束，没有需要通知的内容。</translation>
    </message>
    <message>
        <source>A ticket can have at most %1 addresses for notices.</source>
        <translation>每张号码票最多可登记%1个通知地址。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::NoticeText</name>
    <message>
        <source>Your turn is near: %1</source>
        <translation>快轮到您了：%1</translation>
    </message>
    <message>
        <source>Number %1: people ahead of you: %2. Please come back to the waiting area.</source>
        <translation>号码 %1：您前面还有 %2 人。请回到等候区。</translation>
    </message>
    <message>
        <source>Your number %1 is called</source>
        <translation>已叫到您的号码 %1</translation>
    </message>
    <message>
        <source>Number %1 is called. Please go to %2.</source>
        <translation>已叫到号码 %1。请前往%2。</translation>
    </message>
    <message>
        <source>Your ticket: %1</source>
        <translation>您的号码票：%1</translation>
    </message>
    <message>
        <source>This is an automatic message from %1. Please do not reply to it.</source>
        <translation>这是%1自动发送的消息，请勿回复。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::PreApplicationPage</name>
    <message>
        <source>Fill in your details before you come</source>
        <translation>来访前请先填写您的信息</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Write your details once here, and show the code you get at the kiosk or the counter: the clerk fills in your forms. Nothing is sent anywhere: the details stay on this phone until you show the code.</source>
        <translation>请在此一次性填写您的信息，然后在取号机或窗口出示生成的二维码，由工作人员为您填写表格。信息不会发送到任何地方：在您出示二维码之前，信息只保存在这部手机上。</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>您的信息</translation>
    </message>
    <message>
        <source>Fill in what you know; leave the rest empty. Write names as on your residence record.</source>
        <translation>请填写您知道的内容，其余留空。姓名请按住民票上的写法填写。</translation>
    </message>
    <message>
        <source>Make my code</source>
        <translation>生成二维码</translation>
    </message>
    <message>
        <source>Please check “%1”.</source>
        <translation>请检查“%1”。</translation>
    </message>
    <message>
        <source>Please fill in at least one detail.</source>
        <translation>请至少填写一项信息。</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>您的二维码</translation>
    </message>
    <message>
        <source>Show this code at the kiosk or the counter. Keep the screen bright; take a screenshot to keep it.</source>
        <translation>请在取号机或窗口出示此二维码。请保持屏幕明亮；如需保存，请截屏。</translation>
    </message>
    <message>
        <source>Change my details</source>
        <translation>修改信息</translation>
    </message>
    <message>
        <source>This page needs JavaScript to make your code.</source>
        <translation>本页面需要 JavaScript 才能生成二维码。</translation>
    </message>
    <message>
        <source>The details are too long for one code. Please leave out what the clerk can fill in, such as a previous address.</source>
        <translation>信息太多，一个二维码放不下。请省略原住址等工作人员可以填写的内容。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Queue</name>
    <message>
        <source>%1 (fallback: no one is waiting for this counter&apos;s main services)</source>
        <translation>%1（替补：本窗口的主要业务无人等候）</translation>
    </message>
    <message>
        <source>arrival order: waiting since %1</source>
        <translation>按到达顺序：自 %1 起等候</translation>
    </message>
    <message>
        <source>priority class first, then arrival (waiting since %1)</source>
        <translation>优先对象优先，其次按到达顺序（自 %1 起等候）</translation>
    </message>
    <message>
        <source>%1:1 alternation: priority turn (%2 of %1)</source>
        <translation>%1:1 交替：优先轮次（第 %2 次，共 %1 次）</translation>
    </message>
    <message>
        <source>%1:1 alternation: regular turn</source>
        <translation>%1:1 交替：普通轮次</translation>
    </message>
    <message>
        <source>walk-in waiting over %1 min (since %2)</source>
        <translation>未预约者已等候超过 %1 分钟（自 %2 起）</translation>
    </message>
    <message>
        <source>appointment due %1</source>
        <translation>预约时间 %1</translation>
    </message>
    <message>
        <source>no appointment due; arrival order: waiting since %1</source>
        <translation>无到时预约；按到达顺序：自 %1 起等候</translation>
    </message>
    <message>
        <source>appointment at %1, called early: no one else is waiting</source>
        <translation>%1 的预约提前叫号：没有其他人等候</translation>
    </message>
    <message>
        <source>transferred to this counter; waiting since %1</source>
        <translation>已转至本窗口；自 %1 起等候</translation>
    </message>
    <message>
        <source>called by number</source>
        <translation>按号码叫号</translation>
    </message>
    <message>
        <source>returned from the pool</source>
        <translation>从暂缓中恢复</translation>
    </message>
    <message>
        <source>There is no counter %1.</source>
        <translation>没有 %1 号窗口。</translation>
    </message>
    <message>
        <source>There is no service &apos;%1&apos; at this office.</source>
        <translation>本办公处没有“%1”业务。</translation>
    </message>
    <message>
        <source>No open ticket has the number %1.</source>
        <translation>没有号码为 %1 的有效号票。</translation>
    </message>
    <message>
        <source>Choose between one and ten services.</source>
        <translation>请选择 1 到 10 项业务。</translation>
    </message>
    <message>
        <source>%1 is asked for twice.</source>
        <translation>%1 被重复选择了。</translation>
    </message>
    <message>
        <source>The language &apos;%1&apos; is not offered at this office.</source>
        <translation>本办公处不提供“%1”语言。</translation>
    </message>
    <message>
        <source>An appointment needs its code and its time.</source>
        <translation>预约需要代码和时间。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid outcome: use lower-case letters, digits and &apos;-&apos; (at most 32).</source>
        <translation>“%1”不是有效的结果：请使用小写字母、数字和“-”（最多 32 个）。</translation>
    </message>
    <message>
        <source>The office is closed now.</source>
        <translation>现在不在办公时间。</translation>
    </message>
    <message>
        <source>The office is closed now. It opens again on %1 at %2.</source>
        <translation>现在不在办公时间。下次开始时间为 %1 %2。</translation>
    </message>
    <message>
        <source>All numbers of %1 (%2 to %3) are held by open visits; finish or cancel some first.</source>
        <translation>%1 的号码（%2 至 %3）均被占用；请先结束或取消部分号票。</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different ticket request; use a new key.</source>
        <translation>此 Idempotency-Key 已用于其他取号请求；请使用新的键。</translation>
    </message>
    <message>
        <source>Counter %1 is paused; resume it before calling.</source>
        <translation>%1 号窗口已暂停；请先恢复再叫号。</translation>
    </message>
    <message>
        <source>Counter %1 is closed; open it before calling.</source>
        <translation>%1 号窗口已关闭；请先开启再叫号。</translation>
    </message>
    <message>
        <source>Counter %1 is already open.</source>
        <translation>%1 号窗口已开启。</translation>
    </message>
    <message>
        <source>Counter %1 is already paused.</source>
        <translation>%1 号窗口已暂停。</translation>
    </message>
    <message>
        <source>Counter %1 is closed.</source>
        <translation>%1 号窗口已关闭。</translation>
    </message>
    <message>
        <source>Counter %1 is still attending to %2; finish, transfer or park that visit first.</source>
        <translation>%1 号窗口仍在办理 %2；请先结束、转移或暂缓该号。</translation>
    </message>
    <message>
        <source>Counter %1 has no visitor at the moment.</source>
        <translation>%1 号窗口当前没有访客。</translation>
    </message>
    <message>
        <source>No one is waiting for the services of counter %1.</source>
        <translation>没有人在等候 %1 号窗口的业务。</translation>
    </message>
    <message>
        <source>Counter %1 does not take %2 (%3); transfer the visit instead.</source>
        <translation>%1 号窗口不办理 %2（%3）；请转移该号。</translation>
    </message>
    <message>
        <source>%1 was transferred to counter %2.</source>
        <translation>%1 已转至 %2 号窗口。</translation>
    </message>
    <message>
        <source>%1 is already at counter %2; there is no one to recall.</source>
        <translation>%1 已在 %2 号窗口；无需重新叫号。</translation>
    </message>
    <message>
        <source>%1 is already being served at counter %2; finish the visit instead.</source>
        <translation>%1 已在 %2 号窗口办理中；请结束该号。</translation>
    </message>
    <message>
        <source>%1 is being served at counter %2; finish or transfer it there.</source>
        <translation>%1 正在 %2 号窗口办理；请在该窗口结束或转移。</translation>
    </message>
    <message>
        <source>%1 is already at counter %2 for that service.</source>
        <translation>%1 已在 %2 号窗口办理该业务。</translation>
    </message>
    <message>
        <source>The change could not be saved, so nothing was changed: %1</source>
        <translation>无法保存更改，因此未做任何更改：%1</translation>
    </message>
    <message>
        <source>%1 is waiting in the queue.</source>
        <translation>%1 正在排队等候。</translation>
    </message>
    <message>
        <source>%1 has already been called to counter %2.</source>
        <translation>%1 已被叫到 %2 号窗口。</translation>
    </message>
    <message>
        <source>%1 is already being served at counter %2.</source>
        <translation>%1 已在 %2 号窗口办理中。</translation>
    </message>
    <message>
        <source>%1 is parked in the pool.</source>
        <translation>%1 处于暂缓中。</translation>
    </message>
    <message>
        <source>%1 is no longer open.</source>
        <translation>%1 已结束。</translation>
    </message>
    <message>
        <source>The route of the visit does not fit its services: each step may wait only for other services of the visit.</source>
        <translation>来访路线与其服务不符：每个步骤只能等待本次来访的其他服务。</translation>
    </message>
    <message>
        <source>%1 has no such step still to come.</source>
        <translation>%1 没有这个待办步骤。</translation>
    </message>
</context>
<context>
    <name>Madoguchi::StatusPage</name>
    <message>
        <source>Your ticket</source>
        <translation>您的号码票</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>请等待叫号。</translation>
    </message>
    <message>
        <source>Your number is called. Please come now.</source>
        <translation>已叫到您的号码，请现在前来。</translation>
    </message>
    <message>
        <source>You are being served.</source>
        <translation>正在为您办理。</translation>
    </message>
    <message>
        <source>Please wait near the counters; staff will call you again.</source>
        <translation>请在窗口附近等候，工作人员会再次叫您。</translation>
    </message>
    <message>
        <source>All your procedures are finished. Thank you.</source>
        <translation>您的所有手续已办完。谢谢。</translation>
    </message>
    <message>
        <source>This ticket was cancelled.</source>
        <translation>此号码票已取消。</translation>
    </message>
    <message>
        <source>You were called but not present. Please take a new ticket.</source>
        <translation>叫号时您不在场。请重新取号。</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>请前往：%1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>您前面的人数：%1</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 minutes (for reference only)</source>
        <translation>预计等候：%1–%2 分钟（仅供参考）</translation>
    </message>
    <message>
        <source>No wait estimate is available now.</source>
        <translation>目前无法估计等候时间。</translation>
    </message>
    <message>
        <source>Your procedures</source>
        <translation>您的手续</translation>
    </message>
    <message>
        <source>This page updates by itself.</source>
        <translation>本页面会自动更新。</translation>
    </message>
    <message>
        <source>Connection lost; trying again…</source>
        <translation>连接已断开，正在重试…</translation>
    </message>
    <message>
        <source>This page reloads every 30 seconds.</source>
        <translation>本页面每 30 秒刷新一次。</translation>
    </message>
    <message>
        <source>Ticket not found</source>
        <translation>找不到号码票</translation>
    </message>
    <message>
        <source>No ticket has this link. It may belong to an earlier day. Please ask at the reception.</source>
        <translation>没有与此链接对应的号码票。它可能属于之前的日期。请向接待处询问。</translation>
    </message>
    <message>
        <source>Get a message when your turn is near</source>
        <translation>快轮到您时通知您</translation>
    </message>
    <message>
        <source>We send one message when few people are ahead of you and one when you are called. You can leave the waiting room meanwhile.</source>
        <translation>当您前面的人数较少时和叫到您时，我们各发送一条消息。在此期间您可以离开等候室。</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>电子邮箱地址</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Send me a message</source>
        <translation>给我发消息</translation>
    </message>
    <message>
        <source>Done. We will send you a message when your turn is near.</source>
        <translation>已完成。快轮到您时我们会给您发消息。</translation>
    </message>
    <message>
        <source>We cannot send to this address. Please check it and try again.</source>
        <translation>无法发送到此地址。请检查后重试。</translation>
    </message>
    <message>
        <source>This ticket cannot take more addresses.</source>
        <translation>此号码票不能再添加地址。</translation>
    </message>
    <message>
        <source>Sorry, this did not work. Please try again or ask at the reception.</source>
        <translation>抱歉，操作未成功。请重试或向接待处询问。</translation>
    </message>
    <message>
        <source>You will be called at: %1 (%2)</source>
        <extracomment>Where a waiting visitor will be called: %1 is the service, %2 its counters (&quot;Counter 5, Counter 6&quot;)</extracomment>
        <translation>叫号窗口：%1（%2）</translation>
    </message>
    <message>
        <source>You will be called at: %1</source>
        <extracomment>Where a waiting visitor will be called, when the service has more counters than fit on a line</extracomment>
        <translation>叫号窗口：%1</translation>
    </message>
</context>
<context>
    <name>Madoguchi::TicketText</name>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>%1 (counter %2)</source>
        <translation>%1（%2号窗口）</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <extracomment>The issue time on a ticket, as a QDateTime format; Japanese: &quot;yyyy年M月d日 H:mm&quot;</extracomment>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>取号时间：%1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>您前面等候人数：%1</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 min (for reference only)</source>
        <translation>预计等候：%1–%2分钟（仅供参考）</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone.</source>
        <translation>用手机扫码查看排队进度。</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>请等候叫号。</translation>
    </message>
    <message>
        <source>Reservation at %1</source>
        <translation>预约 %1</translation>
    </message>
    <message>
        <source>The clerk has your details: you will not need to write them.</source>
        <translation>工作人员已收到您的信息，您无需自己填写。</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>%1 of %2 digits entered</source>
        <extracomment>Read out instead of the digits: %1 digits of %2 entered</extracomment>
        <translation>已输入%1位，共%2位</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>The PIN pad&apos;s keys beside 0: delete the last digit, and confirm the PIN</extracomment>
        <translation>删除</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <source>very crowded</source>
        <translation>非常拥挤</translation>
    </message>
    <message>
        <source>crowded</source>
        <translation>拥挤</translation>
    </message>
    <message>
        <source>some waiting</source>
        <translation>稍拥挤</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>排队情况</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>无人等候。</translation>
    </message>
    <message>
        <source>Longest wait: %1 min (%2)</source>
        <extracomment>%1 minutes, %2 the service</extracomment>
        <translation>最长等候：%1分钟（%2）</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1人等候</translation>
    </message>
    <message>
        <source>longest %1 min</source>
        <extracomment>The one-stop visits on their way to this service from another counter, with what they bring</extracomment>
        <translation>最长%1分钟</translation>
    </message>
    <message>
        <source>parked: %1</source>
        <translation>挂起：%1</translation>
    </message>
    <message>
        <source>coming: %1</source>
        <translation>即将前来：%1</translation>
    </message>
</context>
<context>
    <name>ReservationPage</name>
    <message>
        <source>Check in your reservation</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <source>Hold the QR code of your reservation (on paper or on your phone) under the reader.</source>
        <translation>请将预约的二维码（纸质或手机）对准读取器。</translation>
    </message>
    <message>
        <source>Or type the code of your reservation:</source>
        <translation>或输入预约码：</translation>
    </message>
    <message>
        <source>Code typed so far: %1</source>
        <translation>已输入的代码：%1</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Delete one</source>
        <extracomment>Deletes the last character typed</extracomment>
        <translation>删除一个</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Deletes everything typed</extracomment>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Type all 8 characters</source>
        <extracomment>Why &quot;Check in&quot; cannot be pressed yet</extracomment>
        <translation>请输入全部 8 个字符</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>People waiting: %1</source>
        <translation>等待人数：%1</translation>
    </message>
</context>
<context>
    <name>ServicePages</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>The board&apos;s page of services, when they do not all fit: %1 of %2</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Which procedure are you here for?</source>
        <translation>您要办理什么手续？</translation>
    </message>
    <message>
        <source>The office is closed now. Please come back during opening hours.</source>
        <translation>现在不是受理时间。请在受理时间内前来。</translation>
    </message>
    <message>
        <source>I have a reservation</source>
        <translation>我有预约</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <extracomment>The first line of the idle kiosk: %1 is the office&apos;s name</extracomment>
        <translation>欢迎来到%1</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>您还在使用吗？</translation>
    </message>
    <message>
        <source>The kiosk returns to the start in %1 s. Touch “Continue” to go on.</source>
        <translation>取号机将在 %1 秒后​返回初始画面。如需继续使用，请点击“继续”。</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Keeps the kiosk on the visitor&apos;s screen when asked &quot;Are you still there?&quot;</extracomment>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>您前面的人数：%1</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>正在打印号码票…</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>请取走您的号码票。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>QR code of your status page</source>
        <translation>状态页面的二维码</translation>
    </message>
    <message>
        <source>Scan with your phone to see your turn coming.</source>
        <translation>用手机扫描，即可查看是否快轮到您。</translation>
    </message>
    <message>
        <source>Please have these ready:</source>
        <translation>请准备好以下材料：</translation>
    </message>
    <message>
        <source>Please wait in the waiting area until the board calls your number.</source>
        <translation>在显示屏​叫到您的号码之前，请在等候区等候。</translation>
    </message>
    <message>
        <source>See your turn on your phone</source>
        <translation>用手机查看排队进度</translation>
    </message>
    <message>
        <source>Back to the start in %1 s</source>
        <extracomment>How long until the kiosk shows its first screen again</extracomment>
        <translation>%1 秒后返回初始画面</translation>
    </message>
    <message>
        <source>The clerk has your details: you will not need to write them.</source>
        <translation>工作人员​已收到您的信息，您无需​自己填写。</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>VisitPane</name>
    <message>
        <source>later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>called</source>
        <translation>已呼叫</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>挂起中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>已转交</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No visitor at this counter.</source>
        <translation>本窗口目前没有办事人员。</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Called, not yet here</source>
        <translation>已呼叫（尚未到达）</translation>
    </message>
    <message>
        <source>Why this visitor: %1</source>
        <translation>呼叫此人的原因：%1</translation>
    </message>
</context>
</TS>
