<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AssistanceCalls</name>
    <message>
        <source>A visitor at the kiosk “%1” asks for a clerk (%2, since %3).</source>
        <translation>Khách tại máy lấy số “%1” đang gọi nhân viên (%2, từ %3).</translation>
    </message>
    <message>
        <source>I&apos;ll go</source>
        <translation>Tôi sẽ đến</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Display board — Madoguchi</source>
        <extracomment>The display board window&apos;s title</extracomment>
        <translation>Bảng gọi số — Madoguchi</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Read your My Number card instead of writing?</source>
        <translation>Đọc thẻ My Number để không phải tự viết?</translation>
    </message>
    <message>
        <source>Place your My Number card on the reader</source>
        <translation>Đặt thẻ My Number lên đầu đọc</translation>
    </message>
    <message>
        <source>Only one PIN try is left</source>
        <translation>Chỉ còn một lần thử mã PIN</translation>
    </message>
    <message>
        <source>Enter your card&apos;s 4-digit PIN</source>
        <translation>Nhập mã PIN 4 chữ số của thẻ</translation>
    </message>
    <message>
        <source>Your card has been read</source>
        <translation>Đã đọc xong thẻ của bạn</translation>
    </message>
    <message>
        <source>The PIN of this card is locked</source>
        <translation>Mã PIN của thẻ này đã bị khóa</translation>
    </message>
    <message>
        <source>The card reader cannot be used now</source>
        <translation>Hiện không thể dùng đầu đọc thẻ</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Đang đọc thẻ…</translation>
    </message>
    <message>
        <source>The kiosk reads the name, address, date of birth and sex on your card and gives them to the clerk, who fills in your forms. Your individual number is not read. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>Máy sẽ đọc họ tên, địa chỉ, ngày sinh và giới tính trên thẻ của bạn rồi chuyển cho nhân viên để nhân viên điền giấy tờ giúp bạn. Mã số cá nhân (số My Number) của bạn không được đọc. Thông tin sẽ được xóa vào cuối ngày. Bạn cần mã PIN 4 chữ số của thẻ.</translation>
    </message>
    <message>
        <source>The reader is below the screen. Leave the card there until the screen says it has been read.</source>
        <translation>Đầu đọc ở bên dưới màn hình. Vui lòng để yên thẻ ở đó cho đến khi màn hình báo đã đọc xong.</translation>
    </message>
    <message>
        <source>If this PIN is wrong too, the card is locked and must be reset at the municipal office. If you are not sure of the PIN, take a ticket without the card: the clerk will help you.</source>
        <translation>Nếu lần này mã PIN vẫn sai, thẻ sẽ bị khóa và phải được đặt lại tại cơ quan hành chính địa phương. Nếu bạn không chắc mã PIN, hãy lấy phiếu mà không dùng thẻ: nhân viên sẽ giúp bạn.</translation>
    </message>
    <message>
        <source>The digits are not shown on the screen. Tries left: %1</source>
        <translation>Các chữ số không hiển thị trên màn hình. Số lần thử còn lại: %1</translation>
    </message>
    <message>
        <source>Please take your card with you. Your ticket is coming.</source>
        <translation>Vui lòng mang thẻ theo. Phiếu của bạn sắp được in ra.</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal office with the card. You can still take a ticket now: the clerk will help you with the forms.</source>
        <translation>Mã PIN đã bị nhập sai quá nhiều lần. Bạn có thể mang thẻ đến quầy thẻ My Number của cơ quan hành chính địa phương để đặt lại. Bây giờ bạn vẫn có thể lấy phiếu: nhân viên sẽ giúp bạn điền giấy tờ.</translation>
    </message>
    <message>
        <source>Please take a ticket: the clerk will enter your details.</source>
        <translation>Vui lòng lấy phiếu: nhân viên sẽ nhập thông tin cho bạn.</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <translation>Vui lòng không di chuyển thẻ.</translation>
    </message>
    <message>
        <source>Read my card</source>
        <translation>Đọc thẻ của tôi</translation>
    </message>
    <message>
        <source>I am sure of my PIN</source>
        <translation>Tôi nhớ rõ mã PIN</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Lấy phiếu</translation>
    </message>
    <message>
        <source>No, just a ticket</source>
        <translation>Không, chỉ lấy phiếu</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>The name, address, date of birth and sex on your card are read for your forms, and your individual number for the forms that need it by law: it is printed on them and not kept. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>Tên, địa chỉ, ngày sinh và giới tính trên thẻ được đọc để điền giấy tờ, và mã số cá nhân (số My Number) được đọc cho những giấy tờ mà pháp luật yêu cầu: mã số chỉ được in lên giấy tờ, không được lưu lại. Thông tin sẽ được xóa vào cuối ngày. Bạn cần mã PIN 4 chữ số của thẻ.</translation>
    </message>
    <message>
        <source>The name, address, date of birth and sex on your card are read for your forms. Your individual number is not read. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>Tên, địa chỉ, ngày sinh và giới tính trên thẻ được đọc để điền giấy tờ. Mã số cá nhân (số My Number) của bạn không được đọc. Thông tin sẽ được xóa vào cuối ngày. Bạn cần mã PIN 4 chữ số của thẻ.</translation>
    </message>
    <message>
        <source>Please take your card with you.</source>
        <translation>Vui lòng mang thẻ theo.</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal office with the card.</source>
        <translation>Mã PIN đã bị nhập sai quá nhiều lần. Bạn có thể mang thẻ đến quầy thẻ My Number của cơ quan hành chính địa phương để đặt lại.</translation>
    </message>
    <message>
        <source>The card reader is not connected, or the smart card service is not running.</source>
        <translation>Đầu đọc thẻ chưa được kết nối hoặc dịch vụ thẻ thông minh không chạy.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Do not read the card</source>
        <translation>Không đọc thẻ</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>Counter %1 — %2</source>
        <translation>Quầy %1 — %2</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Gọi số tiếp</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Tạm giữ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Number, e.g. A-023</source>
        <translation>Số, ví dụ A-023</translation>
    </message>
    <message>
        <source>Call this number</source>
        <translation>Gọi số này</translation>
    </message>
    <message>
        <source>Unpark</source>
        <translation>Bỏ tạm giữ</translation>
    </message>
    <message>
        <source>Service to transfer to</source>
        <translation>Thủ tục chuyển đến</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>the counter&apos;s status</comment>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>the counter&apos;s status</comment>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>the counter&apos;s status</comment>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action: open the counter</comment>
        <translation>Mở quầy</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>action: close the counter for the day</comment>
        <translation>Đóng quầy</translation>
    </message>
    <message>
        <source>Outcome (optional), recorded with Finish</source>
        <extracomment>What came of the visit, recorded with Finish (F4), e.g. &quot;certificate issued&quot;</extracomment>
        <translation>Kết quả (không bắt buộc, ghi khi Kết thúc)</translation>
    </message>
    <message>
        <source>Counter %1 — counter console</source>
        <extracomment>The console window&apos;s title: %1 is the counter&apos;s number</extracomment>
        <translation>Quầy %1 — bảng điều khiển quầy</translation>
    </message>
    <message>
        <source>Close counter %1 for the day? Waiting visitors stay in the queue.</source>
        <translation>Đóng quầy %1 cho hôm nay? Khách đang chờ vẫn ở lại trong hàng chờ.</translation>
    </message>
    <message>
        <source>Pause counter %1? No one is called here until it is opened again.</source>
        <translation>Tạm dừng quầy %1? Quầy này sẽ không gọi ai cho đến khi được mở lại.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Keeps the counter as it is instead of pausing or closing it</extracomment>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Queue and actions</source>
        <translation>Hàng chờ và thao tác</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Mẫu đơn</translation>
    </message>
</context>
<context>
    <name>DemoDevicesWindow</name>
    <message>
        <source>Simulated devices</source>
        <translation>Thiết bị mô phỏng</translation>
    </message>
    <message>
        <source>Scanner: hold a reservation&apos;s code to the kiosk</source>
        <translation>Máy quét: đưa mã đặt hẹn vào máy lấy số</translation>
    </message>
    <message>
        <source>%1 %2 — code %3</source>
        <translation>%1 %2 — mã %3</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Quét</translation>
    </message>
    <message>
        <source>Printer: the last ticket</source>
        <translation>Máy in: phiếu gần nhất</translation>
    </message>
    <message>
        <source>Paper out</source>
        <translation>Hết giấy</translation>
    </message>
    <message>
        <source>No ticket printed yet.</source>
        <translation>Chưa in phiếu nào.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Bật</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Card reader: place a My Number card (PIN 1234)</source>
        <translation>Đầu đọc thẻ: đặt thẻ My Number (PIN 1234)</translation>
    </message>
    <message>
        <source>Lift the card</source>
        <translation>Nhấc thẻ lên</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Đặt</translation>
    </message>
    <message>
        <source>One try left</source>
        <translation>Còn 1 lần thử</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Place a transit IC card</source>
        <translation>Đặt thẻ IC giao thông</translation>
    </message>
</context>
<context>
    <name>FormsPane</name>
    <message>
        <source>Forms of %1</source>
        <translation>Mẫu đơn của %1</translation>
    </message>
    <message>
        <source>No visit at the counter</source>
        <translation>Không có khách tại quầy</translation>
    </message>
    <message>
        <source>In the visit · printed</source>
        <translation>Thuộc lượt này · đã in</translation>
    </message>
    <message>
        <source>In the visit</source>
        <translation>Thuộc lượt này</translation>
    </message>
    <message>
        <source>Not in the visit</source>
        <translation>Không thuộc lượt này</translation>
    </message>
    <message>
        <source>Signed</source>
        <extracomment>The visitor has checked and signed the form</extracomment>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Read the My Number card</source>
        <translation>Đọc thẻ My Number</translation>
    </message>
    <message>
        <source>Print all forms</source>
        <translation>In tất cả mẫu đơn</translation>
    </message>
    <message>
        <source>Empty boxes stay empty on paper</source>
        <translation>Ô trống sẽ để trống trên giấy</translation>
    </message>
    <message>
        <source>Details for the forms</source>
        <translation>Thông tin cho mẫu đơn</translation>
    </message>
    <message>
        <source>%1 missing, %2 to choose</source>
        <translation>Thiếu %1, cần chọn %2</translation>
    </message>
    <message>
        <source>Add a household member</source>
        <translation>Thêm thành viên hộ</translation>
    </message>
    <message>
        <source>Preview of the form as it will print</source>
        <translation>Xem trước mẫu đơn như khi in</translation>
    </message>
    <message>
        <source>Sources disagree: choose</source>
        <translation>Các nguồn không khớp: hãy chọn</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <source>外字: the fonts lack a character; write it by hand</source>
        <translation>外字: phông chữ thiếu một ký tự; hãy viết tay</translation>
    </message>
    <message>
        <source>Type it once for every form</source>
        <translation>Nhập một lần cho mọi mẫu đơn</translation>
    </message>
    <message>
        <source>個人番号 from the card</source>
        <translation>Mã số cá nhân từ thẻ</translation>
    </message>
    <message>
        <source>個人番号: read the card</source>
        <translation>Mã số cá nhân: hãy đọc thẻ</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Large text</source>
        <extracomment>Switch for large text; keep it short</extracomment>
        <translation>Chữ to</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Switch for black-and-yellow high-contrast colours; keep it short</extracomment>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <extracomment>Switch for reading each screen aloud; keep it short</extracomment>
        <translation>Giọng đọc</translation>
    </message>
    <message>
        <source>Low screen</source>
        <extracomment>Switch that moves every control to the lower part of the screen, within reach from a wheelchair; keep it short</extracomment>
        <translation>Màn hình thấp</translation>
    </message>
    <message>
        <source>Call a clerk</source>
        <translation>Gọi nhân viên</translation>
    </message>
    <message>
        <source>Called</source>
        <extracomment>Under &quot;Call a clerk&quot; once it was pressed</extracomment>
        <translation>Đã gọi</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>The state of a switch in the kiosk&apos;s header</extracomment>
        <translation>Bật</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>A clerk has been called and will come to you. Please wait here.</source>
        <translation>Đã gọi nhân viên, nhân viên sẽ đến chỗ bạn. Vui lòng đợi tại đây.</translation>
    </message>
    <message>
        <source>%1 — ticket kiosk</source>
        <extracomment>The kiosk window&apos;s title: %1 is the office&apos;s name</extracomment>
        <translation>%1 — máy lấy số</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Bạn vẫn còn ở đây chứ?</translation>
    </message>
    <message>
        <source>Choose your language below.</source>
        <translation>Vui lòng chọn ngôn ngữ bên dưới.</translation>
    </message>
    <message>
        <source>Hold your reservation&apos;s QR code under the reader, or type its code below.</source>
        <translation>Đưa mã QR của lịch hẹn vào dưới đầu đọc, hoặc nhập mã đặt hẹn bên dưới.</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>Vui lòng lấy phiếu của bạn.</translation>
    </message>
    <message>
        <source>Your number: %1</source>
        <translation>Số của bạn: %1</translation>
    </message>
    <message>
        <source>Touch your procedure below.</source>
        <translation>Vui lòng chạm vào thủ tục của bạn bên dưới.</translation>
    </message>
    <message>
        <source>The office is closed now.</source>
        <translation>Văn phòng hiện đã đóng cửa.</translation>
    </message>
    <message>
        <source>Place your card on the reader.</source>
        <translation>Vui lòng đặt thẻ lên đầu đọc.</translation>
    </message>
    <message>
        <source>Enter your PIN below.</source>
        <translation>Vui lòng nhập mã PIN bên dưới.</translation>
    </message>
    <message>
        <source>Only one PIN try is left.</source>
        <translation>Chỉ còn một lần thử mã PIN.</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked.</source>
        <translation>Mã PIN của thẻ đã bị khóa.</translation>
    </message>
    <message>
        <source>Read your card instead of writing?</source>
        <translation>Đọc thẻ để không phải tự viết?</translation>
    </message>
    <message>
        <source>Please wait. Do not move the card.</source>
        <translation>Vui lòng đợi. Đừng di chuyển thẻ.</translation>
    </message>
    <message>
        <source>Please take your My Number card from the reader.</source>
        <translation>Vui lòng lấy thẻ My Number ra khỏi đầu đọc.</translation>
    </message>
    <message>
        <source>Please take your card.</source>
        <translation>Vui lòng lấy thẻ của bạn.</translation>
    </message>
    <message>
        <source>The card reader cannot be used now.</source>
        <translation>Hiện không thể dùng đầu đọc thẻ.</translation>
    </message>
</context>
<context>
    <name>LoginPane</name>
    <message>
        <source>Counter %1: staff login</source>
        <translation>Quầy %1: nhân viên đăng nhập</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Appointment</name>
    <message>
        <source>This service does not take reservations at that time.</source>
        <translation>Thủ tục này không nhận đặt hẹn vào giờ đó.</translation>
    </message>
    <message>
        <source>That time has already begun. Please choose a later time.</source>
        <translation>Khung giờ đó đã bắt đầu. Vui lòng chọn giờ muộn hơn.</translation>
    </message>
    <message>
        <source>That time is fully booked. Please choose another time.</source>
        <translation>Khung giờ đó đã kín chỗ. Vui lòng chọn giờ khác.</translation>
    </message>
    <message>
        <source>There is no reservation with this code. Please check the code, or take a ticket.</source>
        <translation>Không có lịch hẹn với mã này. Vui lòng kiểm tra mã hoặc lấy số thứ tự.</translation>
    </message>
    <message>
        <source>This reservation was cancelled. Please take a ticket.</source>
        <translation>Lịch hẹn này đã bị hủy. Vui lòng lấy số thứ tự.</translation>
    </message>
    <message>
        <source>Your reservation is on %1 at %2. Please come on that day.</source>
        <translation>Lịch hẹn của bạn vào %1 lúc %2. Vui lòng đến vào ngày đó.</translation>
    </message>
    <message>
        <source>Your reservation is at %1. Please check in from %2.</source>
        <translation>Lịch hẹn của bạn lúc %1. Vui lòng làm thủ tục từ %2.</translation>
    </message>
    <message>
        <source>The time of your reservation (%1) has passed. Please take a ticket.</source>
        <translation>Đã quá giờ hẹn của bạn (%1). Vui lòng lấy số thứ tự.</translation>
    </message>
    <message>
        <source>This reservation has already checked in.</source>
        <translation>Lịch hẹn này đã làm thủ tục.</translation>
    </message>
    <message>
        <source>The reservation could not be saved. Please try again.</source>
        <translation>Không lưu được lịch hẹn. Vui lòng thử lại.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Board</name>
    <message>
        <source>Now calling</source>
        <translation>Đang gọi số</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>Đã gọi</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 người chờ</translation>
    </message>
    <message>
        <source>Few waiting</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <source>Some waiting</source>
        <translation>Hơi đông</translation>
    </message>
    <message>
        <source>Many waiting</source>
        <translation>Đông</translation>
    </message>
    <message>
        <source>Very crowded</source>
        <translation>Rất đông</translation>
    </message>
    <message>
        <source>Number %1, please come to counter %2.</source>
        <extracomment>A call spoken on the display board by a speech synthesizer; for Japanese write it in kana only, the synthesizer cannot read kanji.</extracomment>
        <translation>Mời số %1 đến quầy số %2.</translation>
    </message>
    <message>
        <source>This board has lost its connection to the office. Please listen for your number or ask at the reception.</source>
        <translation>Bảng này đã mất kết nối với văn phòng. Xin hãy lắng nghe khi số của bạn được gọi hoặc hỏi tại quầy tiếp nhận.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Card</name>
    <message>
        <source>The PIN is not right. Please enter it again.</source>
        <translation>Mã PIN không đúng. Vui lòng nhập lại.</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please place your My Number card on the reader.</source>
        <translation>Thẻ này không phải thẻ My Number. Vui lòng đặt thẻ My Number lên đầu đọc.</translation>
    </message>
    <message>
        <source>The card was moved before the reading finished. Please place it again and leave it there until the screen says it has been read.</source>
        <translation>Thẻ đã bị dịch chuyển trước khi đọc xong. Vui lòng đặt lại thẻ và để yên cho đến khi màn hình báo đã đọc xong.</translation>
    </message>
    <message>
        <source>The card could not be read. Please place it again and keep it still.</source>
        <translation>Không đọc được thẻ. Vui lòng đặt lại thẻ và giữ yên.</translation>
    </message>
    <message>
        <source>The card was taken off the reader. Please place it again and leave it there: the PIN is asked once it is read.</source>
        <translation>Thẻ đã bị nhấc khỏi đầu đọc. Vui lòng đặt lại và để yên thẻ ở đó: sau khi đọc được thẻ, máy sẽ hỏi mã PIN.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Counter</name>
    <message>
        <source>The counter is open</source>
        <translation>Quầy đang mở</translation>
    </message>
    <message>
        <source>The counter is closed</source>
        <translation>Quầy đã đóng</translation>
    </message>
    <message>
        <source>Open the counter first (F9)</source>
        <translation>Hãy mở quầy trước (F9)</translation>
    </message>
    <message>
        <source>The counter is paused</source>
        <translation>Quầy đang tạm dừng</translation>
    </message>
    <message>
        <source>Paused: open it to go on (F9)</source>
        <translation>Đang tạm dừng: mở quầy để tiếp tục (F9)</translation>
    </message>
    <message>
        <source>A visitor is at the counter</source>
        <translation>Đang có khách tại quầy</translation>
    </message>
    <message>
        <source>Already serving</source>
        <translation>Đang phục vụ rồi</translation>
    </message>
    <message>
        <source>No visitor has been called</source>
        <translation>Chưa gọi khách nào</translation>
    </message>
    <message>
        <source>Start serving first (F3)</source>
        <translation>Hãy bắt đầu phục vụ trước (F3)</translation>
    </message>
    <message>
        <source>No visitor is being served</source>
        <translation>Không có khách nào đang được phục vụ</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation>Thẻ My Number</translation>
    </message>
    <message>
        <source>Pre-application</source>
        <translation>Khai trước</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>The card has been read. Please give it back to the visitor.</source>
        <translation>Đã đọc thẻ. Vui lòng trả lại thẻ cho khách.</translation>
    </message>
    <message>
        <source>The pre-application has been read.</source>
        <translation>Đã đọc bản khai trước.</translation>
    </message>
    <message>
        <source>%1 (household member %2)</source>
        <translation>%1 (thành viên hộ %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) printed: the visitor checks them and signs.</source>
        <translation>
            <numerusform>Đã in %n mẫu đơn: khách kiểm tra rồi ký.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) the fonts lack are left as boxes: write them by hand.</source>
        <translation>
            <numerusform>%n ký tự không có trong phông chữ được in thành ô vuông: hãy viết tay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Madoguchi::Field</name>
    <message>
        <source>Family name</source>
        <extracomment>A field of the visitor&apos;s profile and the forms: 氏 (surname)</extracomment>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Given name</source>
        <extracomment>A field of the visitor&apos;s profile and the forms: 名 (given name)</extracomment>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Family name (reading)</source>
        <extracomment>A field: the reading of the family name in katakana (フリガナ)</extracomment>
        <translation>Họ (cách đọc)</translation>
    </message>
    <message>
        <source>Given name (reading)</source>
        <extracomment>A field: the reading of the given name in katakana (フリガナ)</extracomment>
        <translation>Tên (cách đọc)</translation>
    </message>
    <message>
        <source>Former surname</source>
        <extracomment>A field: 旧氏, a former surname a resident asked to have recorded (e.g. a maiden name)</extracomment>
        <translation>Họ cũ (旧氏)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>A field: 生年月日</extracomment>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <extracomment>A field: 性別, as the resident register records it</extracomment>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>A value of the field Sex: ISO 5218 code 9, as some records hold it</extracomment>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Relationship to the head of household</source>
        <extracomment>A field: 続柄, the person&apos;s relationship to the head of household (e.g. 妻, 子)</extracomment>
        <translation>Quan hệ với chủ hộ (続柄)</translation>
    </message>
    <message>
        <source>Nationality or region</source>
        <extracomment>A field for foreign residents: 国籍・地域</extracomment>
        <translation>Quốc tịch / khu vực</translation>
    </message>
    <message>
        <source>Status of residence</source>
        <extracomment>A field for foreign residents: 在留資格 (e.g. 永住者, 技術・人文知識・国際業務)</extracomment>
        <translation>Tư cách lưu trú</translation>
    </message>
    <message>
        <source>Period of stay ends</source>
        <extracomment>A field for foreign residents: 在留期間の満了日</extracomment>
        <translation>Ngày hết hạn lưu trú</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <extracomment>A field for foreign residents: 在留カード番号 (12 characters, e.g. AB12345678CD)</extracomment>
        <translation>Số thẻ cư trú</translation>
    </message>
    <message>
        <source>Postal code</source>
        <extracomment>A field: 郵便番号</extracomment>
        <translation>Mã bưu điện</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>A field: 住所, the address the visitor lives at (or moves to)</extracomment>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Building and room</source>
        <extracomment>A field: 方書, the building&apos;s name and the room number after the address</extracomment>
        <translation>Tên tòa nhà, số phòng (方書)</translation>
    </message>
    <message>
        <source>Telephone</source>
        <extracomment>A field: 電話番号, a number to reach the visitor during the day</extracomment>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>A field: メールアドレス</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Head of household</source>
        <extracomment>A field: 世帯主, the name of the head of household</extracomment>
        <translation>Chủ hộ (世帯主)</translation>
    </message>
    <message>
        <source>Registered domicile</source>
        <extracomment>A field: 本籍, the registered domicile of a Japanese national&apos;s family register</extracomment>
        <translation>Nguyên quán (本籍)</translation>
    </message>
    <message>
        <source>Head of the family register</source>
        <extracomment>A field: 筆頭者, the person at the head of the family register</extracomment>
        <translation>Người đứng đầu hộ tịch (筆頭者)</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <extracomment>A field: 異動日, the day of moving in, out or within the city</extracomment>
        <translation>Ngày chuyển</translation>
    </message>
    <message>
        <source>Previous address</source>
        <extracomment>A field: 従前の住所, the address before the move</extracomment>
        <translation>Địa chỉ trước đây</translation>
    </message>
    <message>
        <source>Previous head of household</source>
        <extracomment>A field: the head of household at the address before the move (前住所の世帯主)</extracomment>
        <translation>Chủ hộ ở địa chỉ trước</translation>
    </message>
    <message>
        <source>Address moving to</source>
        <extracomment>A field: 転出先, the address the visitor moves to outside the city</extracomment>
        <translation>Địa chỉ chuyển đến (転出先)</translation>
    </message>
    <message>
        <source>Occupation</source>
        <extracomment>A field: 職業 (the claimant&apos;s occupation, on a child-allowance claim)</extracomment>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <source>Bank</source>
        <extracomment>A field: 金融機関名, the bank an allowance is paid into</extracomment>
        <translation>Ngân hàng</translation>
    </message>
    <message>
        <source>Branch</source>
        <extracomment>A field: 支店名, the bank&apos;s branch</extracomment>
        <translation>Chi nhánh</translation>
    </message>
    <message>
        <source>Account type</source>
        <extracomment>A field: 預金種目, the kind of bank account</extracomment>
        <translation>Loại tài khoản</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <extracomment>A kind of bank account: 普通</extracomment>
        <translation>Thường</translation>
    </message>
    <message>
        <source>Current</source>
        <extracomment>A kind of bank account: 当座</extracomment>
        <translation>Vãng lai (当座)</translation>
    </message>
    <message>
        <source>Account number</source>
        <extracomment>A field: 口座番号 (7 digits in Japan)</extracomment>
        <translation>Số tài khoản</translation>
    </message>
    <message>
        <source>Account holder (reading)</source>
        <extracomment>A field: 口座名義 (カナ), the account holder&apos;s name as the bank writes it, in katakana</extracomment>
        <translation>Chủ tài khoản (cách đọc)</translation>
    </message>
    <message>
        <source>This field is empty.</source>
        <translation>Mục này còn trống.</translation>
    </message>
    <message>
        <source>This is longer than the form has room for (%1 characters).</source>
        <translation>Quá dài so với chỗ trên mẫu đơn (tối đa %1 ký tự).</translation>
    </message>
    <message>
        <source>A name has no digits or symbols.</source>
        <translation>Tên không có chữ số hoặc ký hiệu.</translation>
    </message>
    <message>
        <source>Write the reading in katakana or hiragana.</source>
        <translation>Hãy viết cách đọc bằng katakana hoặc hiragana.</translation>
    </message>
    <message>
        <source>This holds characters that cannot be printed.</source>
        <translation>Có ký tự không in được.</translation>
    </message>
    <message>
        <source>This is not a date that exists. Write it as 1990-04-01 or 平成2年4月1日.</source>
        <translation>Ngày này không tồn tại. Hãy viết như 1990-04-01 hoặc 平成2年4月1日.</translation>
    </message>
    <message>
        <source>Choose one of the answers offered.</source>
        <translation>Hãy chọn một trong các câu trả lời.</translation>
    </message>
    <message>
        <source>A postal code has 7 digits, as 123-4567.</source>
        <translation>Mã bưu điện có 7 chữ số, như 123-4567.</translation>
    </message>
    <message>
        <source>A telephone number has 10 or 11 digits starting with 0, or starts with + and the country code.</source>
        <translation>Số điện thoại có 10 hoặc 11 chữ số bắt đầu bằng 0, hoặc bắt đầu bằng + và mã quốc gia.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Đây không phải địa chỉ e-mail.</translation>
    </message>
    <message>
        <source>A residence card number is 2 letters, 8 digits and 2 letters, as AB12345678CD.</source>
        <translation>Số thẻ cư trú gồm 2 chữ cái, 8 chữ số và 2 chữ cái, như AB12345678CD.</translation>
    </message>
    <message>
        <source>Write %1 digits.</source>
        <translation>Hãy viết %1 chữ số.</translation>
    </message>
    <message>
        <source>There is no such field.</source>
        <translation>Không có mục này.</translation>
    </message>
    <message>
        <source>There is no such person in this household.</source>
        <translation>Hộ này không có người đó.</translation>
    </message>
    <message>
        <source>A value must be written as text.</source>
        <translation>Giá trị phải được viết dạng văn bản.</translation>
    </message>
    <message>
        <source>The household members are a list of at most %1 people.</source>
        <translation>Thành viên hộ là danh sách tối đa %1 người.</translation>
    </message>
    <message>
        <source>A household member is an object of fields.</source>
        <translation>Mỗi thành viên hộ là một đối tượng gồm các mục.</translation>
    </message>
    <message>
        <source>The stored profile of this visit cannot be opened (another key, or damaged).</source>
        <translation>Không thể mở hồ sơ đã lưu của lượt đến này (khóa khác hoặc bị hỏng).</translation>
    </message>
    <message>
        <source>That source gave no value for this field.</source>
        <translation>Nguồn đó không cung cấp giá trị cho mục này.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::GuidePage</name>
    <message>
        <source>What is happening in your life?</source>
        <translation>Cuộc sống của bạn đang có thay đổi gì?</translation>
    </message>
    <message>
        <source>Choose one: a few questions follow, then the procedures for you, in the order to do them.</source>
        <translation>Hãy chọn một mục: sau vài câu hỏi, bạn sẽ thấy các thủ tục cần làm, theo đúng thứ tự thực hiện.</translation>
    </message>
    <message>
        <source>I know what I need: choose the procedures myself</source>
        <translation>Tôi biết mình cần gì: tự chọn thủ tục</translation>
    </message>
    <message>
        <source>Choose your procedures</source>
        <translation>Chọn thủ tục của bạn</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Câu hỏi %1/%2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>What to do, in this order</source>
        <translation>Những việc cần làm, theo thứ tự này</translation>
    </message>
    <message>
        <source>Your answers call for no procedure. Please go back and check them.</source>
        <translation>Theo câu trả lời của bạn, không có thủ tục nào cần làm. Vui lòng quay lại và kiểm tra các câu trả lời.</translation>
    </message>
    <message>
        <source>Counters %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <source>Bring:</source>
        <translation>Cần mang theo:</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Lệ phí: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Miễn phí</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 yên</translation>
    </message>
    <message>
        <source>About %1 min at the counter</source>
        <translation>Khoảng %1 phút tại quầy</translation>
    </message>
    <message>
        <source>Online instead: %1</source>
        <translation>Làm trực tuyến: %1</translation>
    </message>
    <message>
        <source>Fees together: %1. About %2 min at the counters.</source>
        <translation>Tổng lệ phí: %1. Tổng cộng khoảng %2 phút tại các quầy.</translation>
    </message>
    <message>
        <source>Next: fill in your details once</source>
        <translation>Tiếp theo: điền thông tin một lần</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Đối tượng: %1</translation>
    </message>
    <message>
        <source>Everyone with this life event</source>
        <translation>Tất cả những ai có thay đổi này</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>In a condition: a question and the answer that makes it hold (&quot;Do you have a car? — Yes&quot;)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not %2</source>
        <extracomment>In a condition: a question and the answer that must not be given</extracomment>
        <translation>%1 — không phải %2</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1, và %2</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1, hoặc %2</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>không phải (%1)</translation>
    </message>
    <message>
        <source>Life events and their procedures</source>
        <translation>Các thay đổi trong cuộc sống và thủ tục cần làm</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Kiosk</name>
    <message>
        <source>The office system cannot be reached, so no tickets can be issued now. Please ask a clerk.</source>
        <translation>Không kết nối được với hệ thống của cơ quan nên hiện không thể cấp số. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
        <source>The office system cannot be reached, so no ticket was issued. Please ask a clerk.</source>
        <translation>Không kết nối được với hệ thống của cơ quan nên chưa có số nào được cấp. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
        <source>No ticket could be issued: %1</source>
        <translation>Không thể cấp số: %1</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Please note your number or photograph the code on the screen.</source>
        <translation>Máy này không có máy in. Vui lòng ghi lại số của bạn hoặc chụp ảnh mã trên màn hình.</translation>
    </message>
    <message>
        <source>The ticket could not be printed (%1). Your number is on the screen: please note it or photograph the code.</source>
        <translation>Không in được phiếu (%1). Số của bạn hiển thị trên màn hình: vui lòng ghi lại hoặc chụp ảnh mã.</translation>
    </message>
    <message>
        <source>no wait (reference)</source>
        <translation>Không phải chờ (tham khảo)</translation>
    </message>
    <message>
        <source>about %1–%2 min (reference)</source>
        <extracomment>参考値: a reference range of waiting minutes, never a promise</extracomment>
        <translation>khoảng %1–%2 phút (tham khảo)</translation>
    </message>
    <message>
        <source>Reservation at %1</source>
        <translation>Lịch hẹn lúc %1</translation>
    </message>
    <message>
        <source>A reservation code has 8 letters and digits, like 7K3M-Q2P7. Please check it.</source>
        <translation>Mã đặt hẹn gồm 8 chữ cái và chữ số, ví dụ 7K3M-Q2P7. Vui lòng kiểm tra.</translation>
    </message>
    <message>
        <source>This code is not right. Please check each character, or scan the QR code.</source>
        <translation>Mã không đúng. Vui lòng kiểm tra từng ký tự hoặc quét mã QR.</translation>
    </message>
    <message>
        <source>This code cannot be read. If it is your reservation, please type its code.</source>
        <translation>Không đọc được mã này. Nếu đây là lịch hẹn của bạn, vui lòng nhập mã.</translation>
    </message>
    <message>
        <source>This is the code of a ticket: scan it with your phone to follow your turn.</source>
        <translation>Đây là mã của phiếu số: hãy quét bằng điện thoại để theo dõi lượt của bạn.</translation>
    </message>
    <message>
        <source>This code cannot be used here.</source>
        <translation>Không dùng được mã này ở đây.</translation>
    </message>
    <message>
        <source>The clerk could not be called. Please ask at the nearest counter.</source>
        <translation>Không gọi được nhân viên. Vui lòng hỏi tại quầy gần nhất.</translation>
    </message>
    <message>
        <source>Your details from home have been read. Please choose your procedure: the clerk will have them.</source>
        <translation>Đã đọc thông tin bạn điền ở nhà. Vui lòng chọn thủ tục: nhân viên quầy sẽ có thông tin này.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Notice</name>
    <message>
        <source>This office does not send notices by %1.</source>
        <translation>Cơ quan này không gửi thông báo qua %1.</translation>
    </message>
    <message>
        <source>This is not an e-mail address notices can be sent to.</source>
        <translation>Đây không phải là địa chỉ email có thể nhận thông báo.</translation>
    </message>
    <message>
        <source>The address must be 1 to %1 characters.</source>
        <translation>Địa chỉ phải dài từ 1 đến %1 ký tự.</translation>
    </message>
    <message>
        <source>This ticket is finished; there is nothing left to notify.</source>
        <translation>Thủ tục của số này đã xong; không còn gì để thông báo.</translation>
    </message>
    <message>
        <source>A ticket can have at most %1 addresses for notices.</source>
        <translation>Mỗi số chỉ đăng ký được tối đa %1 địa chỉ nhận thông báo.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::NoticeText</name>
    <message>
        <source>Your turn is near: %1</source>
        <translation>Sắp đến lượt bạn: %1</translation>
    </message>
    <message>
        <source>Number %1: people ahead of you: %2. Please come back to the waiting area.</source>
        <translation>Số %1: còn %2 người trước bạn. Vui lòng quay lại phòng chờ.</translation>
    </message>
    <message>
        <source>Your number %1 is called</source>
        <translation>Số %1 của bạn đã được gọi</translation>
    </message>
    <message>
        <source>Number %1 is called. Please go to %2.</source>
        <translation>Số %1 đã được gọi. Vui lòng đến %2.</translation>
    </message>
    <message>
        <source>Your ticket: %1</source>
        <translation>Phiếu của bạn: %1</translation>
    </message>
    <message>
        <source>This is an automatic message from %1. Please do not reply to it.</source>
        <translation>Đây là tin nhắn tự động từ %1. Vui lòng không trả lời.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::PreApplicationPage</name>
    <message>
        <source>Fill in your details before you come</source>
        <translation>Điền thông tin trước khi đến</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Write your details once here, and show the code you get at the kiosk or the counter: the clerk fills in your forms. Nothing is sent anywhere: the details stay on this phone until you show the code.</source>
        <translation>Hãy điền thông tin của bạn một lần tại đây, rồi xuất trình mã nhận được tại máy lấy số hoặc tại quầy: nhân viên sẽ điền giấy tờ giúp bạn. Không có gì được gửi đi: thông tin chỉ nằm trên điện thoại này cho đến khi bạn xuất trình mã.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Thông tin của bạn</translation>
    </message>
    <message>
        <source>Fill in what you know; leave the rest empty. Write names as on your residence record.</source>
        <translation>Hãy điền những gì bạn biết, để trống phần còn lại. Viết tên giống như trên phiếu cư trú (住民票).</translation>
    </message>
    <message>
        <source>Make my code</source>
        <translation>Tạo mã</translation>
    </message>
    <message>
        <source>Please check “%1”.</source>
        <translation>Vui lòng kiểm tra “%1”.</translation>
    </message>
    <message>
        <source>Please fill in at least one detail.</source>
        <translation>Vui lòng điền ít nhất một thông tin.</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>Mã của bạn</translation>
    </message>
    <message>
        <source>Show this code at the kiosk or the counter. Keep the screen bright; take a screenshot to keep it.</source>
        <translation>Hãy xuất trình mã này tại máy lấy số hoặc tại quầy. Giữ màn hình sáng; chụp màn hình để lưu lại mã.</translation>
    </message>
    <message>
        <source>Change my details</source>
        <translation>Sửa thông tin</translation>
    </message>
    <message>
        <source>This page needs JavaScript to make your code.</source>
        <translation>Trang này cần JavaScript để tạo mã.</translation>
    </message>
    <message>
        <source>The details are too long for one code. Please leave out what the clerk can fill in, such as a previous address.</source>
        <translation>Thông tin quá dài, không vừa trong một mã. Hãy bỏ bớt những gì nhân viên có thể điền giúp, chẳng hạn như địa chỉ trước đây.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Queue</name>
    <message>
        <source>%1 (fallback: no one is waiting for this counter&apos;s main services)</source>
        <translation>%1 (dự phòng: không ai chờ các thủ tục chính của quầy này)</translation>
    </message>
    <message>
        <source>arrival order: waiting since %1</source>
        <translation>theo thứ tự đến: chờ từ %1</translation>
    </message>
    <message>
        <source>priority class first, then arrival (waiting since %1)</source>
        <translation>ưu tiên trước, sau đó theo thứ tự đến (chờ từ %1)</translation>
    </message>
    <message>
        <source>%1:1 alternation: priority turn (%2 of %1)</source>
        <translation>luân phiên %1:1: lượt ưu tiên (%2 trên %1)</translation>
    </message>
    <message>
        <source>%1:1 alternation: regular turn</source>
        <translation>luân phiên %1:1: lượt thường</translation>
    </message>
    <message>
        <source>walk-in waiting over %1 min (since %2)</source>
        <translation>khách không hẹn đã chờ hơn %1 phút (từ %2)</translation>
    </message>
    <message>
        <source>appointment due %1</source>
        <translation>lịch hẹn lúc %1</translation>
    </message>
    <message>
        <source>no appointment due; arrival order: waiting since %1</source>
        <translation>không có lịch hẹn đến giờ; theo thứ tự đến: chờ từ %1</translation>
    </message>
    <message>
        <source>appointment at %1, called early: no one else is waiting</source>
        <translation>lịch hẹn lúc %1, gọi sớm: không còn ai chờ</translation>
    </message>
    <message>
        <source>transferred to this counter; waiting since %1</source>
        <translation>được chuyển đến quầy này; chờ từ %1</translation>
    </message>
    <message>
        <source>called by number</source>
        <translation>gọi theo số</translation>
    </message>
    <message>
        <source>returned from the pool</source>
        <translation>quay lại từ danh sách tạm hoãn</translation>
    </message>
    <message>
        <source>There is no counter %1.</source>
        <translation>Không có quầy %1.</translation>
    </message>
    <message>
        <source>There is no service &apos;%1&apos; at this office.</source>
        <translation>Văn phòng này không có thủ tục &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No open ticket has the number %1.</source>
        <translation>Không có phiếu nào đang mở mang số %1.</translation>
    </message>
    <message>
        <source>Choose between one and ten services.</source>
        <translation>Hãy chọn từ một đến mười thủ tục.</translation>
    </message>
    <message>
        <source>%1 is asked for twice.</source>
        <translation>%1 được chọn hai lần.</translation>
    </message>
    <message>
        <source>The language &apos;%1&apos; is not offered at this office.</source>
        <translation>Văn phòng này không hỗ trợ ngôn ngữ &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>An appointment needs its code and its time.</source>
        <translation>Lịch hẹn cần có mã và thời gian.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid outcome: use lower-case letters, digits and &apos;-&apos; (at most 32).</source>
        <translation>&apos;%1&apos; không phải là kết quả hợp lệ: dùng chữ thường, chữ số và &apos;-&apos; (tối đa 32).</translation>
    </message>
    <message>
        <source>The office is closed now.</source>
        <translation>Văn phòng hiện đã đóng cửa.</translation>
    </message>
    <message>
        <source>The office is closed now. It opens again on %1 at %2.</source>
        <translation>Văn phòng hiện đã đóng cửa. Mở lại vào %1 lúc %2.</translation>
    </message>
    <message>
        <source>All numbers of %1 (%2 to %3) are held by open visits; finish or cancel some first.</source>
        <translation>Tất cả số của %1 (%2 đến %3) đang được dùng; hãy kết thúc hoặc hủy một số trước.</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different ticket request; use a new key.</source>
        <translation>Idempotency-Key này đã được dùng cho yêu cầu khác; hãy dùng khóa mới.</translation>
    </message>
    <message>
        <source>Counter %1 is paused; resume it before calling.</source>
        <translation>Quầy %1 đang tạm dừng; hãy mở lại trước khi gọi.</translation>
    </message>
    <message>
        <source>Counter %1 is closed; open it before calling.</source>
        <translation>Quầy %1 đang đóng; hãy mở trước khi gọi.</translation>
    </message>
    <message>
        <source>Counter %1 is already open.</source>
        <translation>Quầy %1 đã mở.</translation>
    </message>
    <message>
        <source>Counter %1 is already paused.</source>
        <translation>Quầy %1 đã tạm dừng.</translation>
    </message>
    <message>
        <source>Counter %1 is closed.</source>
        <translation>Quầy %1 đang đóng.</translation>
    </message>
    <message>
        <source>Counter %1 is still attending to %2; finish, transfer or park that visit first.</source>
        <translation>Quầy %1 vẫn đang phục vụ %2; hãy kết thúc, chuyển hoặc tạm giữ trước.</translation>
    </message>
    <message>
        <source>Counter %1 has no visitor at the moment.</source>
        <translation>Quầy %1 hiện không có khách.</translation>
    </message>
    <message>
        <source>No one is waiting for the services of counter %1.</source>
        <translation>Không có ai chờ các thủ tục của quầy %1.</translation>
    </message>
    <message>
        <source>Counter %1 does not take %2 (%3); transfer the visit instead.</source>
        <translation>Quầy %1 không nhận %2 (%3); hãy chuyển lượt này.</translation>
    </message>
    <message>
        <source>%1 was transferred to counter %2.</source>
        <translation>%1 đã được chuyển đến quầy %2.</translation>
    </message>
    <message>
        <source>%1 is already at counter %2; there is no one to recall.</source>
        <translation>%1 đã ở quầy %2; không cần gọi lại.</translation>
    </message>
    <message>
        <source>%1 is already being served at counter %2; finish the visit instead.</source>
        <translation>%1 đang được phục vụ tại quầy %2; hãy kết thúc lượt này.</translation>
    </message>
    <message>
        <source>%1 is being served at counter %2; finish or transfer it there.</source>
        <translation>%1 đang được phục vụ tại quầy %2; hãy kết thúc hoặc chuyển tại đó.</translation>
    </message>
    <message>
        <source>%1 is already at counter %2 for that service.</source>
        <translation>%1 đã ở quầy %2 cho thủ tục đó.</translation>
    </message>
    <message>
        <source>The change could not be saved, so nothing was changed: %1</source>
        <translation>Không lưu được thay đổi nên không có gì thay đổi: %1</translation>
    </message>
    <message>
        <source>%1 is waiting in the queue.</source>
        <translation>%1 đang chờ trong hàng.</translation>
    </message>
    <message>
        <source>%1 has already been called to counter %2.</source>
        <translation>%1 đã được gọi đến quầy %2.</translation>
    </message>
    <message>
        <source>%1 is already being served at counter %2.</source>
        <translation>%1 đang được phục vụ tại quầy %2.</translation>
    </message>
    <message>
        <source>%1 is parked in the pool.</source>
        <translation>%1 đang tạm hoãn.</translation>
    </message>
    <message>
        <source>%1 is no longer open.</source>
        <translation>%1 đã kết thúc.</translation>
    </message>
    <message>
        <source>The route of the visit does not fit its services: each step may wait only for other services of the visit.</source>
        <translation>Lộ trình của lượt đến không khớp với các dịch vụ: mỗi bước chỉ có thể chờ các dịch vụ khác của cùng lượt đến.</translation>
    </message>
    <message>
        <source>%1 has no such step still to come.</source>
        <translation>%1 không có bước này trong các bước còn lại.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::StatusPage</name>
    <message>
        <source>Your ticket</source>
        <translation>Phiếu của bạn</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Số của bạn</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>Vui lòng chờ đến khi số của bạn được gọi.</translation>
    </message>
    <message>
        <source>Your number is called. Please come now.</source>
        <translation>Số của bạn đã được gọi. Vui lòng đến ngay.</translation>
    </message>
    <message>
        <source>You are being served.</source>
        <translation>Bạn đang được phục vụ.</translation>
    </message>
    <message>
        <source>Please wait near the counters; staff will call you again.</source>
        <translation>Vui lòng chờ gần quầy; nhân viên sẽ gọi lại bạn.</translation>
    </message>
    <message>
        <source>All your procedures are finished. Thank you.</source>
        <translation>Tất cả thủ tục của bạn đã xong. Xin cảm ơn.</translation>
    </message>
    <message>
        <source>This ticket was cancelled.</source>
        <translation>Phiếu này đã bị hủy.</translation>
    </message>
    <message>
        <source>You were called but not present. Please take a new ticket.</source>
        <translation>Bạn đã được gọi nhưng không có mặt. Vui lòng lấy phiếu mới.</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Đến: %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Số người trước bạn: %1</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 minutes (for reference only)</source>
        <translation>Thời gian chờ ước tính: %1–%2 phút (chỉ để tham khảo)</translation>
    </message>
    <message>
        <source>No wait estimate is available now.</source>
        <translation>Hiện chưa có ước tính thời gian chờ.</translation>
    </message>
    <message>
        <source>Your procedures</source>
        <translation>Thủ tục của bạn</translation>
    </message>
    <message>
        <source>This page updates by itself.</source>
        <translation>Trang này tự cập nhật.</translation>
    </message>
    <message>
        <source>Connection lost; trying again…</source>
        <translation>Mất kết nối; đang thử lại…</translation>
    </message>
    <message>
        <source>This page reloads every 30 seconds.</source>
        <translation>Trang này tải lại mỗi 30 giây.</translation>
    </message>
    <message>
        <source>Ticket not found</source>
        <translation>Không tìm thấy phiếu</translation>
    </message>
    <message>
        <source>No ticket has this link. It may belong to an earlier day. Please ask at the reception.</source>
        <translation>Không có phiếu nào với liên kết này. Có thể phiếu thuộc một ngày trước. Vui lòng hỏi tại quầy tiếp nhận.</translation>
    </message>
    <message>
        <source>Get a message when your turn is near</source>
        <translation>Nhận tin nhắn khi sắp đến lượt</translation>
    </message>
    <message>
        <source>We send one message when few people are ahead of you and one when you are called. You can leave the waiting room meanwhile.</source>
        <translation>Chúng tôi gửi một tin khi còn ít người trước bạn và một tin khi bạn được gọi. Trong lúc đó bạn có thể rời phòng chờ.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Địa chỉ e-mail</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Số điện thoại di động</translation>
    </message>
    <message>
        <source>Send me a message</source>
        <translation>Gửi tin nhắn cho tôi</translation>
    </message>
    <message>
        <source>Done. We will send you a message when your turn is near.</source>
        <translation>Xong. Chúng tôi sẽ nhắn cho bạn khi sắp đến lượt.</translation>
    </message>
    <message>
        <source>We cannot send to this address. Please check it and try again.</source>
        <translation>Không thể gửi đến địa chỉ này. Vui lòng kiểm tra và thử lại.</translation>
    </message>
    <message>
        <source>This ticket cannot take more addresses.</source>
        <translation>Phiếu này không thể thêm địa chỉ nữa.</translation>
    </message>
    <message>
        <source>Sorry, this did not work. Please try again or ask at the reception.</source>
        <translation>Xin lỗi, thao tác không thành công. Vui lòng thử lại hoặc hỏi tại quầy tiếp nhận.</translation>
    </message>
    <message>
        <source>You will be called at: %1 (%2)</source>
        <extracomment>Where a waiting visitor will be called: %1 is the service, %2 its counters (&quot;Counter 5, Counter 6&quot;)</extracomment>
        <translation>Bạn sẽ được gọi tại: %1 (%2)</translation>
    </message>
    <message>
        <source>You will be called at: %1</source>
        <extracomment>Where a waiting visitor will be called, when the service has more counters than fit on a line</extracomment>
        <translation>Bạn sẽ được gọi tại: %1</translation>
    </message>
</context>
<context>
    <name>Madoguchi::TicketText</name>
    <message>
        <source>Your number</source>
        <translation>Số của bạn</translation>
    </message>
    <message>
        <source>%1 (counter %2)</source>
        <translation>%1 (quầy %2)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <extracomment>The issue time on a ticket, as a QDateTime format; Japanese: &quot;yyyy年M月d日 H:mm&quot;</extracomment>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Giờ lấy số: %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Số người trước bạn: %1</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 min (for reference only)</source>
        <translation>Thời gian chờ dự kiến: %1–%2 phút (chỉ để tham khảo)</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone.</source>
        <translation>Quét mã để theo dõi lượt của bạn trên điện thoại.</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>Vui lòng chờ đến khi số của bạn được gọi.</translation>
    </message>
    <message>
        <source>Reservation at %1</source>
        <translation>Lịch hẹn lúc %1</translation>
    </message>
    <message>
        <source>The clerk has your details: you will not need to write them.</source>
        <translation>Nhân viên đã có thông tin của bạn: bạn không cần tự viết nữa.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>%1 of %2 digits entered</source>
        <extracomment>Read out instead of the digits: %1 digits of %2 entered</extracomment>
        <translation>Đã nhập %1 trong %2 chữ số</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>The PIN pad&apos;s keys beside 0: delete the last digit, and confirm the PIN</extracomment>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <source>very crowded</source>
        <translation>rất đông</translation>
    </message>
    <message>
        <source>crowded</source>
        <translation>đông</translation>
    </message>
    <message>
        <source>some waiting</source>
        <translation>hơi đông</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>vắng</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Hàng chờ</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Không có ai đang chờ.</translation>
    </message>
    <message>
        <source>Longest wait: %1 min (%2)</source>
        <extracomment>%1 minutes, %2 the service</extracomment>
        <translation>Chờ lâu nhất: %1 phút (%2)</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 người chờ</translation>
    </message>
    <message>
        <source>longest %1 min</source>
        <extracomment>The one-stop visits on their way to this service from another counter, with what they bring</extracomment>
        <translation>lâu nhất %1 phút</translation>
    </message>
    <message>
        <source>parked: %1</source>
        <translation>tạm giữ: %1</translation>
    </message>
    <message>
        <source>coming: %1</source>
        <translation>sắp đến: %1</translation>
    </message>
</context>
<context>
    <name>ReservationPage</name>
    <message>
        <source>Check in your reservation</source>
        <translation>Làm thủ tục lịch hẹn</translation>
    </message>
    <message>
        <source>Hold the QR code of your reservation (on paper or on your phone) under the reader.</source>
        <translation>Đưa mã QR của lịch hẹn (trên giấy hoặc điện thoại) vào dưới đầu đọc.</translation>
    </message>
    <message>
        <source>Or type the code of your reservation:</source>
        <translation>Hoặc nhập mã đặt hẹn:</translation>
    </message>
    <message>
        <source>Code typed so far: %1</source>
        <translation>Mã đã nhập: %1</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Làm thủ tục</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Delete one</source>
        <extracomment>Deletes the last character typed</extracomment>
        <translation>Xóa một ký tự</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Deletes everything typed</extracomment>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <source>Type all 8 characters</source>
        <extracomment>Why &quot;Check in&quot; cannot be pressed yet</extracomment>
        <translation>Nhập đủ 8 ký tự</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>People waiting: %1</source>
        <translation>Số người đang chờ: %1</translation>
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
        <translation>Bạn đến làm thủ tục gì?</translation>
    </message>
    <message>
        <source>The office is closed now. Please come back during opening hours.</source>
        <translation>Hiện đã ngoài giờ tiếp nhận. Vui lòng quay lại trong giờ làm việc.</translation>
    </message>
    <message>
        <source>I have a reservation</source>
        <translation>Tôi có lịch hẹn</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <extracomment>The first line of the idle kiosk: %1 is the office&apos;s name</extracomment>
        <translation>Chào mừng bạn đến %1</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Bạn vẫn còn ở đây chứ?</translation>
    </message>
    <message>
        <source>The kiosk returns to the start in %1 s. Touch “Continue” to go on.</source>
        <translation>Máy sẽ quay về màn hình đầu sau %1 giây. Chạm vào “Tiếp tục” để tiếp tục sử dụng.</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Keeps the kiosk on the visitor&apos;s screen when asked &quot;Are you still there?&quot;</extracomment>
        <translation>Tiếp tục</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your number</source>
        <translation>Số của bạn</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Số người trước bạn: %1</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Đang in phiếu của bạn…</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>Vui lòng lấy phiếu của bạn.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>QR code of your status page</source>
        <translation>Mã QR của trang theo dõi lượt</translation>
    </message>
    <message>
        <source>Scan with your phone to see your turn coming.</source>
        <translation>Quét bằng điện thoại để biết khi nào sắp đến lượt bạn.</translation>
    </message>
    <message>
        <source>Please have these ready:</source>
        <translation>Vui lòng chuẩn bị sẵn:</translation>
    </message>
    <message>
        <source>Please wait in the waiting area until the board calls your number.</source>
        <translation>Vui lòng đợi ở phòng chờ cho đến khi bảng gọi số của bạn.</translation>
    </message>
    <message>
        <source>See your turn on your phone</source>
        <translation>Xem lượt của bạn trên điện thoại</translation>
    </message>
    <message>
        <source>Back to the start in %1 s</source>
        <extracomment>How long until the kiosk shows its first screen again</extracomment>
        <translation>Quay về màn hình đầu sau %1 giây</translation>
    </message>
    <message>
        <source>The clerk has your details: you will not need to write them.</source>
        <translation>Nhân viên đã có thông tin của bạn: bạn không cần tự viết nữa.</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
</context>
<context>
    <name>VisitPane</name>
    <message>
        <source>later</source>
        <translation>sau</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>called</source>
        <translation>đã gọi</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>đang phục vụ</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>tạm giữ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>xong</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>không đến</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>đã chuyển</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>No visitor at this counter.</source>
        <translation>Không có khách ở quầy này.</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Đang phục vụ</translation>
    </message>
    <message>
        <source>Called, not yet here</source>
        <translation>Đã gọi, chưa đến</translation>
    </message>
    <message>
        <source>Why this visitor: %1</source>
        <translation>Lý do gọi người này: %1</translation>
    </message>
</context>
</TS>
