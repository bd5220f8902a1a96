<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en">
<context>
    <name>AssistanceCalls</name>
    <message>
        <source>A visitor at the kiosk “%1” asks for a clerk (%2, since %3).</source>
        <translation>“%1” kioskundaki bir ziyaretçi görevli çağırıyor (%2, %3 itibarıyla).</translation>
    </message>
    <message>
        <source>I&apos;ll go</source>
        <translation>Ben gidiyorum</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Display board — Madoguchi</source>
        <extracomment>The display board window&apos;s title</extracomment>
        <translation>Çağrı ekranı — Madoguchi</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Read your My Number card instead of writing?</source>
        <translation>Yazmak yerine My Number kartınız okunsun mu?</translation>
    </message>
    <message>
        <source>Place your My Number card on the reader</source>
        <translation>My Number kartınızı okuyucunun üzerine koyun</translation>
    </message>
    <message>
        <source>Only one PIN try is left</source>
        <translation>Yalnızca bir PIN deneme hakkınız kaldı</translation>
    </message>
    <message>
        <source>Enter your card&apos;s 4-digit PIN</source>
        <translation>Kartınızın 4 haneli PIN kodunu girin</translation>
    </message>
    <message>
        <source>Your card has been read</source>
        <translation>Kartınız okundu</translation>
    </message>
    <message>
        <source>The PIN of this card is locked</source>
        <translation>Bu kartın PIN kodu kilitli</translation>
    </message>
    <message>
        <source>The card reader cannot be used now</source>
        <translation>Kart okuyucu şu anda kullanılamıyor</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Kart okunuyor…</translation>
    </message>
    <message>
        <source>The kiosk reads the name, address, date of birth and sex on your card and gives them to the clerk, who fills in your forms. Your individual number is not read. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>Kiosk, kartınızdaki ad, adres, doğum tarihi ve cinsiyet bilgilerini okuyup formlarınızı dolduracak görevliye iletir. Kişisel numaranız (My Number) okunmaz. Bilgiler gün sonunda silinir. Kartın 4 haneli PIN koduna ihtiyacınız var.</translation>
    </message>
    <message>
        <source>The reader is below the screen. Leave the card there until the screen says it has been read.</source>
        <translation>Okuyucu ekranın altındadır. Ekranda okunduğu yazana kadar kartı orada bırakın.</translation>
    </message>
    <message>
        <source>If this PIN is wrong too, the card is locked and must be reset at the municipal office. If you are not sure of the PIN, take a ticket without the card: the clerk will help you.</source>
        <translation>Bu PIN kodu da yanlışsa kart kilitlenir ve belediyede sıfırlatılması gerekir. PIN kodunuzdan emin değilseniz kartsız sıra numarası alın: görevli size yardımcı olur.</translation>
    </message>
    <message>
        <source>The digits are not shown on the screen. Tries left: %1</source>
        <translation>Rakamlar ekranda gösterilmez. Kalan deneme hakkı: %1</translation>
    </message>
    <message>
        <source>Please take your card with you. Your ticket is coming.</source>
        <translation>Lütfen kartınızı yanınıza alın. Sıra fişiniz geliyor.</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal office with the card. You can still take a ticket now: the clerk will help you with the forms.</source>
        <translation>PIN kodu çok kez yanlış girildi. Kartınızı belediyenin My Number kartı gişesine götürerek PIN kodunu sıfırlatabilirsiniz. Şimdi yine de sıra numarası alabilirsiniz: görevli formlar için size yardımcı olur.</translation>
    </message>
    <message>
        <source>Please take a ticket: the clerk will enter your details.</source>
        <translation>Lütfen sıra numarası alın: bilgilerinizi görevli girecek.</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <translation>Lütfen kartı hareket ettirmeyin.</translation>
    </message>
    <message>
        <source>Read my card</source>
        <translation>Kartımı oku</translation>
    </message>
    <message>
        <source>I am sure of my PIN</source>
        <translation>PIN kodumdan eminim</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Sıra numarası al</translation>
    </message>
    <message>
        <source>No, just a ticket</source>
        <translation>Hayır, sadece sıra numarası</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>The name, address, date of birth and sex on your card are read for your forms, and your individual number for the forms that need it by law: it is printed on them and not kept. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>Formlarınız için kartınızdaki ad, adres, doğum tarihi ve cinsiyet okunur; yasanın gerektirdiği formlar için kişisel numaranız (My Number) da okunur: yalnızca bu formlara basılır, saklanmaz. Bilgiler gün sonunda silinir. Kartın 4 haneli PIN koduna ihtiyacınız var.</translation>
    </message>
    <message>
        <source>The name, address, date of birth and sex on your card are read for your forms. Your individual number is not read. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>Formlarınız için kartınızdaki ad, adres, doğum tarihi ve cinsiyet okunur. Kişisel numaranız (My Number) okunmaz. Bilgiler gün sonunda silinir. Kartın 4 haneli PIN koduna ihtiyacınız var.</translation>
    </message>
    <message>
        <source>Please take your card with you.</source>
        <translation>Lütfen kartınızı yanınıza alın.</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal office with the card.</source>
        <translation>PIN kodu çok kez yanlış girildi. Kartınızı belediyenin My Number kartı gişesine götürerek PIN kodunu sıfırlatabilirsiniz.</translation>
    </message>
    <message>
        <source>The card reader is not connected, or the smart card service is not running.</source>
        <translation>Kart okuyucu bağlı değil veya akıllı kart hizmeti çalışmıyor.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Do not read the card</source>
        <translation>Kart okunmasın</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>Counter %1 — %2</source>
        <translation>Gişe %1 — %2</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Oturumu kapat</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Sıradakini çağır</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Tekrar çağır</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlat</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Bitir</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Gelmedi</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Beklet</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Number, e.g. A-023</source>
        <translation>Numara, ör. A-023</translation>
    </message>
    <message>
        <source>Call this number</source>
        <translation>Bu numarayı çağır</translation>
    </message>
    <message>
        <source>Unpark</source>
        <translation>Beklemeden çıkar</translation>
    </message>
    <message>
        <source>Service to transfer to</source>
        <translation>Aktarılacak işlem</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Aktar</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>the counter&apos;s status</comment>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>the counter&apos;s status</comment>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>the counter&apos;s status</comment>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action: open the counter</comment>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>action: close the counter for the day</comment>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Outcome (optional), recorded with Finish</source>
        <extracomment>What came of the visit, recorded with Finish (F4), e.g. &quot;certificate issued&quot;</extracomment>
        <translation>Sonuç (isteğe bağlı, Bitir ile kaydedilir)</translation>
    </message>
    <message>
        <source>Counter %1 — counter console</source>
        <extracomment>The console window&apos;s title: %1 is the counter&apos;s number</extracomment>
        <translation>Gişe %1 — gişe konsolu</translation>
    </message>
    <message>
        <source>Close counter %1 for the day? Waiting visitors stay in the queue.</source>
        <translation>Gişe %1 bugünlük kapatılsın mı? Bekleyen ziyaretçiler sırada kalır.</translation>
    </message>
    <message>
        <source>Pause counter %1? No one is called here until it is opened again.</source>
        <translation>Gişe %1 duraklatılsın mı? Yeniden açılana kadar buraya kimse çağrılmaz.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Keeps the counter as it is instead of pausing or closing it</extracomment>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <source>Queue and actions</source>
        <translation>Sıra ve işlemler</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formlar</translation>
    </message>
</context>
<context>
    <name>DemoDevicesWindow</name>
    <message>
        <source>Simulated devices</source>
        <translation>Benzetim cihazları</translation>
    </message>
    <message>
        <source>Scanner: hold a reservation&apos;s code to the kiosk</source>
        <translation>Tarayıcı: bir randevu kodunu kioska okutun</translation>
    </message>
    <message>
        <source>%1 %2 — code %3</source>
        <translation>%1 %2 — kod %3</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Okut</translation>
    </message>
    <message>
        <source>Printer: the last ticket</source>
        <translation>Yazıcı: son bilet</translation>
    </message>
    <message>
        <source>Paper out</source>
        <translation>Kâğıt bitti</translation>
    </message>
    <message>
        <source>No ticket printed yet.</source>
        <translation>Henüz bilet basılmadı.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>Card reader: place a My Number card (PIN 1234)</source>
        <translation>Kart okuyucu: bir My Number kartı koyun (PIN 1234)</translation>
    </message>
    <message>
        <source>Lift the card</source>
        <translation>Kartı kaldır</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Koy</translation>
    </message>
    <message>
        <source>One try left</source>
        <translation>Tek hak kaldı</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Kilitli</translation>
    </message>
    <message>
        <source>Place a transit IC card</source>
        <translation>Ulaşım IC kartı koy</translation>
    </message>
</context>
<context>
    <name>FormsPane</name>
    <message>
        <source>Forms of %1</source>
        <translation>%1 formları</translation>
    </message>
    <message>
        <source>No visit at the counter</source>
        <translation>Gişede ziyaretçi yok</translation>
    </message>
    <message>
        <source>In the visit · printed</source>
        <translation>Ziyarete dahil · yazdırıldı</translation>
    </message>
    <message>
        <source>In the visit</source>
        <translation>Ziyarete dahil</translation>
    </message>
    <message>
        <source>Not in the visit</source>
        <translation>Ziyarete dahil değil</translation>
    </message>
    <message>
        <source>Signed</source>
        <extracomment>The visitor has checked and signed the form</extracomment>
        <translation>İmzalandı</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Read the My Number card</source>
        <translation>My Number kartını oku</translation>
    </message>
    <message>
        <source>Print all forms</source>
        <translation>Tüm formları yazdır</translation>
    </message>
    <message>
        <source>Empty boxes stay empty on paper</source>
        <translation>Boş kutular kâğıtta da boş kalır</translation>
    </message>
    <message>
        <source>Details for the forms</source>
        <translation>Formlar için bilgiler</translation>
    </message>
    <message>
        <source>%1 missing, %2 to choose</source>
        <translation>%1 eksik, %2 seçilecek</translation>
    </message>
    <message>
        <source>Add a household member</source>
        <translation>Hane üyesi ekle</translation>
    </message>
    <message>
        <source>Preview of the form as it will print</source>
        <translation>Formun yazdırılacak hâlinin önizlemesi</translation>
    </message>
    <message>
        <source>Sources disagree: choose</source>
        <translation>Kaynaklar uyuşmuyor: seçin</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Eksik</translation>
    </message>
    <message>
        <source>外字: the fonts lack a character; write it by hand</source>
        <translation>外字: yazı tiplerinde bir karakter yok; elle yazın</translation>
    </message>
    <message>
        <source>Type it once for every form</source>
        <translation>Tüm formlar için bir kez yazın</translation>
    </message>
    <message>
        <source>個人番号 from the card</source>
        <translation>Kişisel numara karttan</translation>
    </message>
    <message>
        <source>個人番号: read the card</source>
        <translation>Kişisel numara: kartı okutun</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Large text</source>
        <extracomment>Switch for large text; keep it short</extracomment>
        <translation>Büyük yazı</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Switch for black-and-yellow high-contrast colours; keep it short</extracomment>
        <translation>Yüksek karşıtlık</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <extracomment>Switch for reading each screen aloud; keep it short</extracomment>
        <translation>Sesli rehber</translation>
    </message>
    <message>
        <source>Low screen</source>
        <extracomment>Switch that moves every control to the lower part of the screen, within reach from a wheelchair; keep it short</extracomment>
        <translation>Alçak ekran</translation>
    </message>
    <message>
        <source>Call a clerk</source>
        <translation>Görevli çağır</translation>
    </message>
    <message>
        <source>Called</source>
        <extracomment>Under &quot;Call a clerk&quot; once it was pressed</extracomment>
        <translation>Çağrıldı</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>The state of a switch in the kiosk&apos;s header</extracomment>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Kapalı</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>A clerk has been called and will come to you. Please wait here.</source>
        <translation>Bir görevli çağrıldı ve yanınıza gelecek. Lütfen burada bekleyin.</translation>
    </message>
    <message>
        <source>%1 — ticket kiosk</source>
        <extracomment>The kiosk window&apos;s title: %1 is the office&apos;s name</extracomment>
        <translation>%1 — sıra numarası kiosku</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Hâlâ burada mısınız?</translation>
    </message>
    <message>
        <source>Choose your language below.</source>
        <translation>Dilinizi aşağıdan seçin.</translation>
    </message>
    <message>
        <source>Hold your reservation&apos;s QR code under the reader, or type its code below.</source>
        <translation>Randevunuzun QR kodunu okuyucunun altına tutun ya da kodunu aşağıya yazın.</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>Lütfen sıra fişinizi alın.</translation>
    </message>
    <message>
        <source>Your number: %1</source>
        <translation>Numaranız: %1</translation>
    </message>
    <message>
        <source>Touch your procedure below.</source>
        <translation>Aşağıdan işleminize dokunun.</translation>
    </message>
    <message>
        <source>The office is closed now.</source>
        <translation>Ofis şu anda kapalı.</translation>
    </message>
    <message>
        <source>Place your card on the reader.</source>
        <translation>Kartınızı okuyucunun üzerine koyun.</translation>
    </message>
    <message>
        <source>Enter your PIN below.</source>
        <translation>PIN kodunuzu aşağıya girin.</translation>
    </message>
    <message>
        <source>Only one PIN try is left.</source>
        <translation>Yalnızca bir PIN deneme hakkınız kaldı.</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked.</source>
        <translation>Kartın PIN kodu kilitli.</translation>
    </message>
    <message>
        <source>Read your card instead of writing?</source>
        <translation>Yazmak yerine kartınız okunsun mu?</translation>
    </message>
    <message>
        <source>Please wait. Do not move the card.</source>
        <translation>Lütfen bekleyin. Kartı hareket ettirmeyin.</translation>
    </message>
    <message>
        <source>Please take your My Number card from the reader.</source>
        <translation>Lütfen My Number kartınızı okuyucudan alın.</translation>
    </message>
    <message>
        <source>Please take your card.</source>
        <translation>Lütfen kartınızı alın.</translation>
    </message>
    <message>
        <source>The card reader cannot be used now.</source>
        <translation>Kart okuyucu şu anda kullanılamıyor.</translation>
    </message>
</context>
<context>
    <name>LoginPane</name>
    <message>
        <source>Counter %1: staff login</source>
        <translation>Gişe %1: personel girişi</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Giriş yap</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Appointment</name>
    <message>
        <source>This service does not take reservations at that time.</source>
        <translation>Bu işlem için o saatte randevu alınamaz.</translation>
    </message>
    <message>
        <source>That time has already begun. Please choose a later time.</source>
        <translation>O saat başladı bile. Lütfen daha geç bir saat seçin.</translation>
    </message>
    <message>
        <source>That time is fully booked. Please choose another time.</source>
        <translation>O saat tamamen dolu. Lütfen başka bir saat seçin.</translation>
    </message>
    <message>
        <source>There is no reservation with this code. Please check the code, or take a ticket.</source>
        <translation>Bu kodla bir randevu yok. Lütfen kodu kontrol edin veya sıra numarası alın.</translation>
    </message>
    <message>
        <source>This reservation was cancelled. Please take a ticket.</source>
        <translation>Bu randevu iptal edildi. Lütfen sıra numarası alın.</translation>
    </message>
    <message>
        <source>Your reservation is on %1 at %2. Please come on that day.</source>
        <translation>Randevunuz %1 günü saat %2. Lütfen o gün gelin.</translation>
    </message>
    <message>
        <source>Your reservation is at %1. Please check in from %2.</source>
        <translation>Randevunuz saat %1. Lütfen %2 itibarıyla giriş yapın.</translation>
    </message>
    <message>
        <source>The time of your reservation (%1) has passed. Please take a ticket.</source>
        <translation>Randevu saatiniz (%1) geçti. Lütfen sıra numarası alın.</translation>
    </message>
    <message>
        <source>This reservation has already checked in.</source>
        <translation>Bu randevunun girişi zaten yapıldı.</translation>
    </message>
    <message>
        <source>The reservation could not be saved. Please try again.</source>
        <translation>Randevu kaydedilemedi. Lütfen tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Board</name>
    <message>
        <source>Now calling</source>
        <translation>Şimdi çağrılan</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Gişe %1</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>Önceki çağrılar</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Şu an bekleyen</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 kişi bekliyor</translation>
    </message>
    <message>
        <source>Few waiting</source>
        <translation>Az kişi bekliyor</translation>
    </message>
    <message>
        <source>Some waiting</source>
        <translation>Biraz kalabalık</translation>
    </message>
    <message>
        <source>Many waiting</source>
        <translation>Kalabalık</translation>
    </message>
    <message>
        <source>Very crowded</source>
        <translation>Çok kalabalık</translation>
    </message>
    <message>
        <source>Number %1, please come to counter %2.</source>
        <extracomment>A call spoken on the display board by a speech synthesizer; for Japanese write it in kana only, the synthesizer cannot read kanji.</extracomment>
        <translation>%1 numara, lütfen %2 numaralı gişeye gelin.</translation>
    </message>
    <message>
        <source>This board has lost its connection to the office. Please listen for your number or ask at the reception.</source>
        <translation>Bu panonun daireyle bağlantısı kesildi. Lütfen numaranızın anons edilmesini dinleyin ya da danışmaya sorun.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Card</name>
    <message>
        <source>The PIN is not right. Please enter it again.</source>
        <translation>PIN kodu doğru değil. Lütfen tekrar girin.</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please place your My Number card on the reader.</source>
        <translation>Bu kart bir My Number kartı değil. Lütfen My Number kartınızı okuyucunun üzerine koyun.</translation>
    </message>
    <message>
        <source>The card was moved before the reading finished. Please place it again and leave it there until the screen says it has been read.</source>
        <translation>Kart, okuma bitmeden hareket ettirildi. Lütfen yeniden koyun ve ekranda okunduğu yazana kadar orada bırakın.</translation>
    </message>
    <message>
        <source>The card could not be read. Please place it again and keep it still.</source>
        <translation>Kart okunamadı. Lütfen yeniden koyun ve hareket ettirmeyin.</translation>
    </message>
    <message>
        <source>The card was taken off the reader. Please place it again and leave it there: the PIN is asked once it is read.</source>
        <translation>Kart okuyucudan kaldırıldı. Lütfen yeniden koyun ve orada bırakın: kart okunduktan sonra PIN kodu sorulur.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Counter</name>
    <message>
        <source>The counter is open</source>
        <translation>Gişe açık</translation>
    </message>
    <message>
        <source>The counter is closed</source>
        <translation>Gişe kapalı</translation>
    </message>
    <message>
        <source>Open the counter first (F9)</source>
        <translation>Önce gişeyi açın (F9)</translation>
    </message>
    <message>
        <source>The counter is paused</source>
        <translation>Gişe duraklatıldı</translation>
    </message>
    <message>
        <source>Paused: open it to go on (F9)</source>
        <translation>Duraklatıldı: devam etmek için açın (F9)</translation>
    </message>
    <message>
        <source>A visitor is at the counter</source>
        <translation>Gişede bir ziyaretçi var</translation>
    </message>
    <message>
        <source>Already serving</source>
        <translation>Zaten hizmet veriliyor</translation>
    </message>
    <message>
        <source>No visitor has been called</source>
        <translation>Çağrılan ziyaretçi yok</translation>
    </message>
    <message>
        <source>Start serving first (F3)</source>
        <translation>Önce hizmeti başlatın (F3)</translation>
    </message>
    <message>
        <source>No visitor is being served</source>
        <translation>Hizmet verilen ziyaretçi yok</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation>My Number kartı</translation>
    </message>
    <message>
        <source>Pre-application</source>
        <translation>Ön başvuru</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Görevli</translation>
    </message>
    <message>
        <source>The card has been read. Please give it back to the visitor.</source>
        <translation>Kart okundu. Lütfen kartı ziyaretçiye geri verin.</translation>
    </message>
    <message>
        <source>The pre-application has been read.</source>
        <translation>Ön başvuru okundu.</translation>
    </message>
    <message>
        <source>%1 (household member %2)</source>
        <translation>%1 (hane üyesi %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) printed: the visitor checks them and signs.</source>
        <translation>
            <numerusform>%n form yazdırıldı: ziyaretçi kontrol edip imzalar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) the fonts lack are left as boxes: write them by hand.</source>
        <translation>
            <numerusform>Yazı tiplerinde olmayan %n karakter kutu olarak bırakıldı: elle yazın.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Madoguchi::Field</name>
    <message>
        <source>Family name</source>
        <extracomment>A field of the visitor&apos;s profile and the forms: 氏 (surname)</extracomment>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Given name</source>
        <extracomment>A field of the visitor&apos;s profile and the forms: 名 (given name)</extracomment>
        <translation>Adı</translation>
    </message>
    <message>
        <source>Family name (reading)</source>
        <extracomment>A field: the reading of the family name in katakana (フリガナ)</extracomment>
        <translation>Soyadı (okunuşu)</translation>
    </message>
    <message>
        <source>Given name (reading)</source>
        <extracomment>A field: the reading of the given name in katakana (フリガナ)</extracomment>
        <translation>Adı (okunuşu)</translation>
    </message>
    <message>
        <source>Former surname</source>
        <extracomment>A field: 旧氏, a former surname a resident asked to have recorded (e.g. a maiden name)</extracomment>
        <translation>Önceki soyadı (旧氏)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>A field: 生年月日</extracomment>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Sex</source>
        <extracomment>A field: 性別, as the resident register records it</extracomment>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Erkek</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kadın</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>A value of the field Sex: ISO 5218 code 9, as some records hold it</extracomment>
        <translation>Uygulanamaz</translation>
    </message>
    <message>
        <source>Relationship to the head of household</source>
        <extracomment>A field: 続柄, the person&apos;s relationship to the head of household (e.g. 妻, 子)</extracomment>
        <translation>Hane reisiyle yakınlık (続柄)</translation>
    </message>
    <message>
        <source>Nationality or region</source>
        <extracomment>A field for foreign residents: 国籍・地域</extracomment>
        <translation>Uyruk veya bölge</translation>
    </message>
    <message>
        <source>Status of residence</source>
        <extracomment>A field for foreign residents: 在留資格 (e.g. 永住者, 技術・人文知識・国際業務)</extracomment>
        <translation>İkamet statüsü</translation>
    </message>
    <message>
        <source>Period of stay ends</source>
        <extracomment>A field for foreign residents: 在留期間の満了日</extracomment>
        <translation>Kalış süresinin bitişi</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <extracomment>A field for foreign residents: 在留カード番号 (12 characters, e.g. AB12345678CD)</extracomment>
        <translation>İkamet kartı numarası</translation>
    </message>
    <message>
        <source>Postal code</source>
        <extracomment>A field: 郵便番号</extracomment>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>A field: 住所, the address the visitor lives at (or moves to)</extracomment>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Building and room</source>
        <extracomment>A field: 方書, the building&apos;s name and the room number after the address</extracomment>
        <translation>Bina ve daire (方書)</translation>
    </message>
    <message>
        <source>Telephone</source>
        <extracomment>A field: 電話番号, a number to reach the visitor during the day</extracomment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>A field: メールアドレス</extracomment>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Head of household</source>
        <extracomment>A field: 世帯主, the name of the head of household</extracomment>
        <translation>Hane reisi (世帯主)</translation>
    </message>
    <message>
        <source>Registered domicile</source>
        <extracomment>A field: 本籍, the registered domicile of a Japanese national&apos;s family register</extracomment>
        <translation>Kayıtlı aile sicili yeri (本籍)</translation>
    </message>
    <message>
        <source>Head of the family register</source>
        <extracomment>A field: 筆頭者, the person at the head of the family register</extracomment>
        <translation>Aile sicilinin başındaki kişi (筆頭者)</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <extracomment>A field: 異動日, the day of moving in, out or within the city</extracomment>
        <translation>Taşınma tarihi</translation>
    </message>
    <message>
        <source>Previous address</source>
        <extracomment>A field: 従前の住所, the address before the move</extracomment>
        <translation>Önceki adres</translation>
    </message>
    <message>
        <source>Previous head of household</source>
        <extracomment>A field: the head of household at the address before the move (前住所の世帯主)</extracomment>
        <translation>Önceki adresteki hane reisi</translation>
    </message>
    <message>
        <source>Address moving to</source>
        <extracomment>A field: 転出先, the address the visitor moves to outside the city</extracomment>
        <translation>Taşınılacak adres (転出先)</translation>
    </message>
    <message>
        <source>Occupation</source>
        <extracomment>A field: 職業 (the claimant&apos;s occupation, on a child-allowance claim)</extracomment>
        <translation>Meslek</translation>
    </message>
    <message>
        <source>Bank</source>
        <extracomment>A field: 金融機関名, the bank an allowance is paid into</extracomment>
        <translation>Banka</translation>
    </message>
    <message>
        <source>Branch</source>
        <extracomment>A field: 支店名, the bank&apos;s branch</extracomment>
        <translation>Şube</translation>
    </message>
    <message>
        <source>Account type</source>
        <extracomment>A field: 預金種目, the kind of bank account</extracomment>
        <translation>Hesap türü</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <extracomment>A kind of bank account: 普通</extracomment>
        <translation>Vadesiz</translation>
    </message>
    <message>
        <source>Current</source>
        <extracomment>A kind of bank account: 当座</extracomment>
        <translation>Cari (当座)</translation>
    </message>
    <message>
        <source>Account number</source>
        <extracomment>A field: 口座番号 (7 digits in Japan)</extracomment>
        <translation>Hesap numarası</translation>
    </message>
    <message>
        <source>Account holder (reading)</source>
        <extracomment>A field: 口座名義 (カナ), the account holder&apos;s name as the bank writes it, in katakana</extracomment>
        <translation>Hesap sahibi (okunuşu)</translation>
    </message>
    <message>
        <source>This field is empty.</source>
        <translation>Bu alan boş.</translation>
    </message>
    <message>
        <source>This is longer than the form has room for (%1 characters).</source>
        <translation>Formdaki yere sığmayacak kadar uzun (en çok %1 karakter).</translation>
    </message>
    <message>
        <source>A name has no digits or symbols.</source>
        <translation>Bir isimde rakam veya simge olmaz.</translation>
    </message>
    <message>
        <source>Write the reading in katakana or hiragana.</source>
        <translation>Okunuşu katakana veya hiragana ile yazın.</translation>
    </message>
    <message>
        <source>This holds characters that cannot be printed.</source>
        <translation>Yazdırılamayan karakterler var.</translation>
    </message>
    <message>
        <source>This is not a date that exists. Write it as 1990-04-01 or 平成2年4月1日.</source>
        <translation>Böyle bir tarih yok. 1990-04-01 veya 平成2年4月1日 gibi yazın.</translation>
    </message>
    <message>
        <source>Choose one of the answers offered.</source>
        <translation>Sunulan cevaplardan birini seçin.</translation>
    </message>
    <message>
        <source>A postal code has 7 digits, as 123-4567.</source>
        <translation>Posta kodu 123-4567 gibi 7 hanelidir.</translation>
    </message>
    <message>
        <source>A telephone number has 10 or 11 digits starting with 0, or starts with + and the country code.</source>
        <translation>Telefon numarası 0 ile başlayan 10 veya 11 hanedir ya da + ve ülke koduyla başlar.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Bu bir e-posta adresi değil.</translation>
    </message>
    <message>
        <source>A residence card number is 2 letters, 8 digits and 2 letters, as AB12345678CD.</source>
        <translation>İkamet kartı numarası AB12345678CD gibi 2 harf, 8 rakam ve 2 harftir.</translation>
    </message>
    <message>
        <source>Write %1 digits.</source>
        <translation>%1 rakam yazın.</translation>
    </message>
    <message>
        <source>There is no such field.</source>
        <translation>Böyle bir alan yok.</translation>
    </message>
    <message>
        <source>There is no such person in this household.</source>
        <translation>Bu hanede böyle bir kişi yok.</translation>
    </message>
    <message>
        <source>A value must be written as text.</source>
        <translation>Değer metin olarak yazılmalıdır.</translation>
    </message>
    <message>
        <source>The household members are a list of at most %1 people.</source>
        <translation>Hane üyeleri en çok %1 kişilik bir listedir.</translation>
    </message>
    <message>
        <source>A household member is an object of fields.</source>
        <translation>Bir hane üyesi alanlardan oluşan bir nesnedir.</translation>
    </message>
    <message>
        <source>The stored profile of this visit cannot be opened (another key, or damaged).</source>
        <translation>Bu ziyaretin kayıtlı bilgileri açılamıyor (başka bir anahtar ya da bozuk).</translation>
    </message>
    <message>
        <source>That source gave no value for this field.</source>
        <translation>Bu kaynak bu alan için bir değer vermedi.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::GuidePage</name>
    <message>
        <source>What is happening in your life?</source>
        <translation>Hayatınızda neler oluyor?</translation>
    </message>
    <message>
        <source>Choose one: a few questions follow, then the procedures for you, in the order to do them.</source>
        <translation>Birini seçin: birkaç sorudan sonra yapmanız gereken işlemler, yapılma sırasıyla gösterilir.</translation>
    </message>
    <message>
        <source>I know what I need: choose the procedures myself</source>
        <translation>Neye ihtiyacım olduğunu biliyorum: işlemleri kendim seçeceğim</translation>
    </message>
    <message>
        <source>Choose your procedures</source>
        <translation>İşlemlerinizi seçin</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Soru %1 / %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>What to do, in this order</source>
        <translation>Yapılacaklar, bu sırayla</translation>
    </message>
    <message>
        <source>Your answers call for no procedure. Please go back and check them.</source>
        <translation>Cevaplarınıza göre gereken bir işlem yok. Lütfen geri dönüp cevaplarınızı kontrol edin.</translation>
    </message>
    <message>
        <source>Counters %1</source>
        <translation>Gişe %1</translation>
    </message>
    <message>
        <source>Bring:</source>
        <translation>Getirilecekler:</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Ücret: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ücretsiz</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 yen</translation>
    </message>
    <message>
        <source>About %1 min at the counter</source>
        <translation>Gişede yaklaşık %1 dk</translation>
    </message>
    <message>
        <source>Online instead: %1</source>
        <translation>Çevrimiçi seçenek: %1</translation>
    </message>
    <message>
        <source>Fees together: %1. About %2 min at the counters.</source>
        <translation>Toplam ücret: %1. Gişelerde toplam yaklaşık %2 dk.</translation>
    </message>
    <message>
        <source>Next: fill in your details once</source>
        <translation>İleri: bilgilerinizi bir kez doldurun</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Kimler için: %1</translation>
    </message>
    <message>
        <source>Everyone with this life event</source>
        <translation>Bu durumu yaşayan herkes</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>In a condition: a question and the answer that makes it hold (&quot;Do you have a car? — Yes&quot;)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not %2</source>
        <extracomment>In a condition: a question and the answer that must not be given</extracomment>
        <translation>%1 — %2 dışında</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1 ve %2</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1 veya %2</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>(%1) değil</translation>
    </message>
    <message>
        <source>Life events and their procedures</source>
        <translation>Hayattaki durumlar ve gereken işlemler</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Kiosk</name>
    <message>
        <source>The office system cannot be reached, so no tickets can be issued now. Please ask a clerk.</source>
        <translation>Kurum sistemine ulaşılamıyor; şu anda sıra numarası verilemiyor. Lütfen bir görevliye başvurun.</translation>
    </message>
    <message>
        <source>The office system cannot be reached, so no ticket was issued. Please ask a clerk.</source>
        <translation>Kurum sistemine ulaşılamadığı için sıra numarası verilmedi. Lütfen bir görevliye başvurun.</translation>
    </message>
    <message>
        <source>No ticket could be issued: %1</source>
        <translation>Sıra numarası verilemedi: %1</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Please note your number or photograph the code on the screen.</source>
        <translation>Bu kioskta yazıcı yok. Lütfen numaranızı not edin ya da ekrandaki kodun fotoğrafını çekin.</translation>
    </message>
    <message>
        <source>The ticket could not be printed (%1). Your number is on the screen: please note it or photograph the code.</source>
        <translation>Sıra fişi yazdırılamadı (%1). Numaranız ekranda: lütfen not edin ya da kodun fotoğrafını çekin.</translation>
    </message>
    <message>
        <source>no wait (reference)</source>
        <translation>bekleme yok (tahmini)</translation>
    </message>
    <message>
        <source>about %1–%2 min (reference)</source>
        <extracomment>参考値: a reference range of waiting minutes, never a promise</extracomment>
        <translation>yaklaşık %1–%2 dk (tahmini)</translation>
    </message>
    <message>
        <source>Reservation at %1</source>
        <translation>Randevu saati %1</translation>
    </message>
    <message>
        <source>A reservation code has 8 letters and digits, like 7K3M-Q2P7. Please check it.</source>
        <translation>Randevu kodu 8 harf ve rakamdan oluşur, örneğin 7K3M-Q2P7. Lütfen kontrol edin.</translation>
    </message>
    <message>
        <source>This code is not right. Please check each character, or scan the QR code.</source>
        <translation>Bu kod doğru değil. Lütfen her karakteri kontrol edin veya QR kodunu okutun.</translation>
    </message>
    <message>
        <source>This code cannot be read. If it is your reservation, please type its code.</source>
        <translation>Bu kod okunamıyor. Randevunuzsa lütfen kodunu yazın.</translation>
    </message>
    <message>
        <source>This is the code of a ticket: scan it with your phone to follow your turn.</source>
        <translation>Bu bir biletin kodu: sıranızı takip etmek için telefonunuzla okutun.</translation>
    </message>
    <message>
        <source>This code cannot be used here.</source>
        <translation>Bu kod burada kullanılamaz.</translation>
    </message>
    <message>
        <source>The clerk could not be called. Please ask at the nearest counter.</source>
        <translation>Görevli çağrılamadı. Lütfen en yakın gişeye sorun.</translation>
    </message>
    <message>
        <source>Your details from home have been read. Please choose your procedure: the clerk will have them.</source>
        <translation>Evde doldurduğunuz bilgiler okundu. Lütfen işleminizi seçin: bilgiler görevlide olacak.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Notice</name>
    <message>
        <source>This office does not send notices by %1.</source>
        <translation>Bu kurum %1 ile bildirim göndermiyor.</translation>
    </message>
    <message>
        <source>This is not an e-mail address notices can be sent to.</source>
        <translation>Bu, bildirim gönderilebilecek bir e-posta adresi değil.</translation>
    </message>
    <message>
        <source>The address must be 1 to %1 characters.</source>
        <translation>Adres 1 ile %1 karakter arasında olmalıdır.</translation>
    </message>
    <message>
        <source>This ticket is finished; there is nothing left to notify.</source>
        <translation>Bu numaranın işlemi bitti; bildirilecek bir şey kalmadı.</translation>
    </message>
    <message>
        <source>A ticket can have at most %1 addresses for notices.</source>
        <translation>Bir numara için en fazla %1 bildirim adresi kaydedilebilir.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::NoticeText</name>
    <message>
        <source>Your turn is near: %1</source>
        <translation>Sıranız yaklaştı: %1</translation>
    </message>
    <message>
        <source>Number %1: people ahead of you: %2. Please come back to the waiting area.</source>
        <translation>Numara %1: önünüzdeki kişi sayısı: %2. Lütfen bekleme alanına dönün.</translation>
    </message>
    <message>
        <source>Your number %1 is called</source>
        <translation>Numaranız çağrıldı: %1</translation>
    </message>
    <message>
        <source>Number %1 is called. Please go to %2.</source>
        <translation>Numara %1 çağrıldı. Gidilecek yer: %2.</translation>
    </message>
    <message>
        <source>Your ticket: %1</source>
        <translation>Biletiniz: %1</translation>
    </message>
    <message>
        <source>This is an automatic message from %1. Please do not reply to it.</source>
        <translation>Bu, %1 tarafından gönderilen otomatik bir mesajdır. Lütfen yanıtlamayın.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::PreApplicationPage</name>
    <message>
        <source>Fill in your details before you come</source>
        <translation>Gelmeden önce bilgilerinizi doldurun</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Write your details once here, and show the code you get at the kiosk or the counter: the clerk fills in your forms. Nothing is sent anywhere: the details stay on this phone until you show the code.</source>
        <translation>Bilgilerinizi burada bir kez yazın ve aldığınız kodu kioskta veya gişede gösterin: formlarınızı görevli doldurur. Hiçbir şey bir yere gönderilmez: kodu gösterene kadar bilgiler bu telefonda kalır.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Bilgileriniz</translation>
    </message>
    <message>
        <source>Fill in what you know; leave the rest empty. Write names as on your residence record.</source>
        <translation>Bildiklerinizi doldurun; gerisini boş bırakın. İsimleri ikamet kaydınızda (住民票) yazdığı gibi yazın.</translation>
    </message>
    <message>
        <source>Make my code</source>
        <translation>Kodumu oluştur</translation>
    </message>
    <message>
        <source>Please check “%1”.</source>
        <translation>Lütfen “%1” alanını kontrol edin.</translation>
    </message>
    <message>
        <source>Please fill in at least one detail.</source>
        <translation>Lütfen en az bir bilgiyi doldurun.</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>Kodunuz</translation>
    </message>
    <message>
        <source>Show this code at the kiosk or the counter. Keep the screen bright; take a screenshot to keep it.</source>
        <translation>Bu kodu kioskta veya gişede gösterin. Ekranı parlak tutun; saklamak için ekran görüntüsü alın.</translation>
    </message>
    <message>
        <source>Change my details</source>
        <translation>Bilgilerimi değiştir</translation>
    </message>
    <message>
        <source>This page needs JavaScript to make your code.</source>
        <translation>Kodunuzu oluşturmak için bu sayfa JavaScript gerektirir.</translation>
    </message>
    <message>
        <source>The details are too long for one code. Please leave out what the clerk can fill in, such as a previous address.</source>
        <translation>Bilgiler tek bir kod için çok uzun. Önceki adres gibi görevlinin doldurabileceği bilgileri boş bırakın.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Queue</name>
    <message>
        <source>%1 (fallback: no one is waiting for this counter&apos;s main services)</source>
        <translation>%1 (yedek: bu gişenin ana işlemleri için bekleyen yok)</translation>
    </message>
    <message>
        <source>arrival order: waiting since %1</source>
        <translation>geliş sırası: %1 saatinden beri bekliyor</translation>
    </message>
    <message>
        <source>priority class first, then arrival (waiting since %1)</source>
        <translation>önce öncelikli grup, sonra geliş sırası (%1 saatinden beri bekliyor)</translation>
    </message>
    <message>
        <source>%1:1 alternation: priority turn (%2 of %1)</source>
        <translation>%1:1 dönüşüm: öncelik sırası (%1 içinden %2.)</translation>
    </message>
    <message>
        <source>%1:1 alternation: regular turn</source>
        <translation>%1:1 dönüşüm: normal sıra</translation>
    </message>
    <message>
        <source>walk-in waiting over %1 min (since %2)</source>
        <translation>randevusuz ziyaretçi %1 dakikadan fazla bekliyor (%2 saatinden beri)</translation>
    </message>
    <message>
        <source>appointment due %1</source>
        <translation>randevu saati %1</translation>
    </message>
    <message>
        <source>no appointment due; arrival order: waiting since %1</source>
        <translation>saati gelen randevu yok; geliş sırası: %1 saatinden beri bekliyor</translation>
    </message>
    <message>
        <source>appointment at %1, called early: no one else is waiting</source>
        <translation>%1 randevusu erken çağrıldı: bekleyen başka kimse yok</translation>
    </message>
    <message>
        <source>transferred to this counter; waiting since %1</source>
        <translation>bu gişeye aktarıldı; %1 saatinden beri bekliyor</translation>
    </message>
    <message>
        <source>called by number</source>
        <translation>numarayla çağrıldı</translation>
    </message>
    <message>
        <source>returned from the pool</source>
        <translation>bekletmeden geri alındı</translation>
    </message>
    <message>
        <source>There is no counter %1.</source>
        <translation>%1 numaralı gişe yok.</translation>
    </message>
    <message>
        <source>There is no service &apos;%1&apos; at this office.</source>
        <translation>Bu ofiste &apos;%1&apos; işlemi yok.</translation>
    </message>
    <message>
        <source>No open ticket has the number %1.</source>
        <translation>%1 numaralı açık bilet yok.</translation>
    </message>
    <message>
        <source>Choose between one and ten services.</source>
        <translation>Bir ile on arasında işlem seçin.</translation>
    </message>
    <message>
        <source>%1 is asked for twice.</source>
        <translation>%1 iki kez istendi.</translation>
    </message>
    <message>
        <source>The language &apos;%1&apos; is not offered at this office.</source>
        <translation>Bu ofiste &apos;%1&apos; dili sunulmuyor.</translation>
    </message>
    <message>
        <source>An appointment needs its code and its time.</source>
        <translation>Randevunun kodu ve saati gerekir.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid outcome: use lower-case letters, digits and &apos;-&apos; (at most 32).</source>
        <translation>&apos;%1&apos; geçerli bir sonuç değil: küçük harf, rakam ve &apos;-&apos; kullanın (en çok 32).</translation>
    </message>
    <message>
        <source>The office is closed now.</source>
        <translation>Ofis şu anda kapalı.</translation>
    </message>
    <message>
        <source>The office is closed now. It opens again on %1 at %2.</source>
        <translation>Ofis şu anda kapalı. %1 günü saat %2&apos;de yeniden açılır.</translation>
    </message>
    <message>
        <source>All numbers of %1 (%2 to %3) are held by open visits; finish or cancel some first.</source>
        <translation>%1 numaralarının tümü (%2–%3) açık ziyaretlerde; önce bazılarını bitirin veya iptal edin.</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different ticket request; use a new key.</source>
        <translation>Bu Idempotency-Key başka bir bilet isteğinde kullanıldı; yeni bir anahtar kullanın.</translation>
    </message>
    <message>
        <source>Counter %1 is paused; resume it before calling.</source>
        <translation>%1 numaralı gişe duraklatıldı; çağırmadan önce devam ettirin.</translation>
    </message>
    <message>
        <source>Counter %1 is closed; open it before calling.</source>
        <translation>%1 numaralı gişe kapalı; çağırmadan önce açın.</translation>
    </message>
    <message>
        <source>Counter %1 is already open.</source>
        <translation>%1 numaralı gişe zaten açık.</translation>
    </message>
    <message>
        <source>Counter %1 is already paused.</source>
        <translation>%1 numaralı gişe zaten duraklatıldı.</translation>
    </message>
    <message>
        <source>Counter %1 is closed.</source>
        <translation>%1 numaralı gişe kapalı.</translation>
    </message>
    <message>
        <source>Counter %1 is still attending to %2; finish, transfer or park that visit first.</source>
        <translation>%1 numaralı gişe hâlâ %2 ile ilgileniyor; önce bitirin, aktarın veya bekletin.</translation>
    </message>
    <message>
        <source>Counter %1 has no visitor at the moment.</source>
        <translation>%1 numaralı gişede şu an ziyaretçi yok.</translation>
    </message>
    <message>
        <source>No one is waiting for the services of counter %1.</source>
        <translation>%1 numaralı gişenin işlemleri için bekleyen yok.</translation>
    </message>
    <message>
        <source>Counter %1 does not take %2 (%3); transfer the visit instead.</source>
        <translation>%1 numaralı gişe %2 almıyor (%3); ziyareti aktarın.</translation>
    </message>
    <message>
        <source>%1 was transferred to counter %2.</source>
        <translation>%1, %2 numaralı gişeye aktarıldı.</translation>
    </message>
    <message>
        <source>%1 is already at counter %2; there is no one to recall.</source>
        <translation>%1 zaten %2 numaralı gişede; yeniden çağrılacak kimse yok.</translation>
    </message>
    <message>
        <source>%1 is already being served at counter %2; finish the visit instead.</source>
        <translation>%1 zaten %2 numaralı gişede hizmet alıyor; ziyareti bitirin.</translation>
    </message>
    <message>
        <source>%1 is being served at counter %2; finish or transfer it there.</source>
        <translation>%1, %2 numaralı gişede hizmet alıyor; orada bitirin veya aktarın.</translation>
    </message>
    <message>
        <source>%1 is already at counter %2 for that service.</source>
        <translation>%1 bu işlem için zaten %2 numaralı gişede.</translation>
    </message>
    <message>
        <source>The change could not be saved, so nothing was changed: %1</source>
        <translation>Değişiklik kaydedilemedi, bu yüzden hiçbir şey değişmedi: %1</translation>
    </message>
    <message>
        <source>%1 is waiting in the queue.</source>
        <translation>%1 sırada bekliyor.</translation>
    </message>
    <message>
        <source>%1 has already been called to counter %2.</source>
        <translation>%1 zaten %2 numaralı gişeye çağrıldı.</translation>
    </message>
    <message>
        <source>%1 is already being served at counter %2.</source>
        <translation>%1 zaten %2 numaralı gişede hizmet alıyor.</translation>
    </message>
    <message>
        <source>%1 is parked in the pool.</source>
        <translation>%1 bekletmede.</translation>
    </message>
    <message>
        <source>%1 is no longer open.</source>
        <translation>%1 artık açık değil.</translation>
    </message>
    <message>
        <source>The route of the visit does not fit its services: each step may wait only for other services of the visit.</source>
        <translation>Ziyaretin güzergâhı hizmetlerine uymuyor: her adım yalnızca aynı ziyaretin diğer hizmetlerini bekleyebilir.</translation>
    </message>
    <message>
        <source>%1 has no such step still to come.</source>
        <translation>%1 için kalan adımlar arasında böyle bir adım yok.</translation>
    </message>
</context>
<context>
    <name>Madoguchi::StatusPage</name>
    <message>
        <source>Your ticket</source>
        <translation>Biletiniz</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Numaranız</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>Lütfen numaranız çağrılana kadar bekleyin.</translation>
    </message>
    <message>
        <source>Your number is called. Please come now.</source>
        <translation>Numaranız çağrıldı. Lütfen şimdi gelin.</translation>
    </message>
    <message>
        <source>You are being served.</source>
        <translation>İşleminiz yapılıyor.</translation>
    </message>
    <message>
        <source>Please wait near the counters; staff will call you again.</source>
        <translation>Lütfen gişelerin yakınında bekleyin; görevli sizi tekrar çağıracak.</translation>
    </message>
    <message>
        <source>All your procedures are finished. Thank you.</source>
        <translation>Tüm işlemleriniz tamamlandı. Teşekkür ederiz.</translation>
    </message>
    <message>
        <source>This ticket was cancelled.</source>
        <translation>Bu bilet iptal edildi.</translation>
    </message>
    <message>
        <source>You were called but not present. Please take a new ticket.</source>
        <translation>Çağrıldınız ama burada değildiniz. Lütfen yeni bir bilet alın.</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Gidilecek yer: %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Önünüzdeki kişi sayısı: %1</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 minutes (for reference only)</source>
        <translation>Tahmini bekleme: %1–%2 dakika (yalnızca bilgi için)</translation>
    </message>
    <message>
        <source>No wait estimate is available now.</source>
        <translation>Şu anda bekleme tahmini yok.</translation>
    </message>
    <message>
        <source>Your procedures</source>
        <translation>İşlemleriniz</translation>
    </message>
    <message>
        <source>This page updates by itself.</source>
        <translation>Bu sayfa kendiliğinden güncellenir.</translation>
    </message>
    <message>
        <source>Connection lost; trying again…</source>
        <translation>Bağlantı koptu; yeniden deneniyor…</translation>
    </message>
    <message>
        <source>This page reloads every 30 seconds.</source>
        <translation>Bu sayfa her 30 saniyede yenilenir.</translation>
    </message>
    <message>
        <source>Ticket not found</source>
        <translation>Bilet bulunamadı</translation>
    </message>
    <message>
        <source>No ticket has this link. It may belong to an earlier day. Please ask at the reception.</source>
        <translation>Bu bağlantıya ait bir bilet yok. Önceki bir güne ait olabilir. Lütfen danışmaya sorun.</translation>
    </message>
    <message>
        <source>Get a message when your turn is near</source>
        <translation>Sıranız yaklaşınca mesaj alın</translation>
    </message>
    <message>
        <source>We send one message when few people are ahead of you and one when you are called. You can leave the waiting room meanwhile.</source>
        <translation>Önünüzde az kişi kaldığında bir mesaj, çağrıldığınızda bir mesaj göndeririz. Bu arada bekleme salonundan ayrılabilirsiniz.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-posta adresi</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Cep telefonu numarası</translation>
    </message>
    <message>
        <source>Send me a message</source>
        <translation>Bana mesaj gönder</translation>
    </message>
    <message>
        <source>Done. We will send you a message when your turn is near.</source>
        <translation>Tamam. Sıranız yaklaşınca size mesaj göndereceğiz.</translation>
    </message>
    <message>
        <source>We cannot send to this address. Please check it and try again.</source>
        <translation>Bu adrese gönderemiyoruz. Lütfen kontrol edip tekrar deneyin.</translation>
    </message>
    <message>
        <source>This ticket cannot take more addresses.</source>
        <translation>Bu bilete daha fazla adres eklenemez.</translation>
    </message>
    <message>
        <source>Sorry, this did not work. Please try again or ask at the reception.</source>
        <translation>Üzgünüz, bu işe yaramadı. Lütfen tekrar deneyin veya danışmaya sorun.</translation>
    </message>
    <message>
        <source>You will be called at: %1 (%2)</source>
        <extracomment>Where a waiting visitor will be called: %1 is the service, %2 its counters (&quot;Counter 5, Counter 6&quot;)</extracomment>
        <translation>Çağrılacağınız yer: %1 (%2)</translation>
    </message>
    <message>
        <source>You will be called at: %1</source>
        <extracomment>Where a waiting visitor will be called, when the service has more counters than fit on a line</extracomment>
        <translation>Çağrılacağınız yer: %1</translation>
    </message>
</context>
<context>
    <name>Madoguchi::TicketText</name>
    <message>
        <source>Your number</source>
        <translation>Numaranız</translation>
    </message>
    <message>
        <source>%1 (counter %2)</source>
        <translation>%1 (gişe %2)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <extracomment>The issue time on a ticket, as a QDateTime format; Japanese: &quot;yyyy年M月d日 H:mm&quot;</extracomment>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Alınma zamanı: %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Önünüzdeki kişi sayısı: %1</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 min (for reference only)</source>
        <translation>Tahmini bekleme: %1–%2 dk (yalnızca bilgi amaçlı)</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone.</source>
        <translation>Sıranızı telefonunuzdan izlemek için tarayın.</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>Lütfen numaranız çağrılana kadar bekleyin.</translation>
    </message>
    <message>
        <source>Reservation at %1</source>
        <translation>Randevu saati %1</translation>
    </message>
    <message>
        <source>The clerk has your details: you will not need to write them.</source>
        <translation>Bilgileriniz görevlide: bunları yazmanız gerekmeyecek.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>%1 of %2 digits entered</source>
        <extracomment>Read out instead of the digits: %1 digits of %2 entered</extracomment>
        <translation>%2 haneden %1 tanesi girildi</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>The PIN pad&apos;s keys beside 0: delete the last digit, and confirm the PIN</extracomment>
        <translation>Sil</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <source>very crowded</source>
        <translation>çok yoğun</translation>
    </message>
    <message>
        <source>crowded</source>
        <translation>yoğun</translation>
    </message>
    <message>
        <source>some waiting</source>
        <translation>az yoğun</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>sakin</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Bekleme sıraları</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Bekleyen kimse yok.</translation>
    </message>
    <message>
        <source>Longest wait: %1 min (%2)</source>
        <extracomment>%1 minutes, %2 the service</extracomment>
        <translation>En uzun bekleme: %1 dk (%2)</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 kişi bekliyor</translation>
    </message>
    <message>
        <source>longest %1 min</source>
        <extracomment>The one-stop visits on their way to this service from another counter, with what they bring</extracomment>
        <translation>en uzun %1 dk</translation>
    </message>
    <message>
        <source>parked: %1</source>
        <translation>bekletilen: %1</translation>
    </message>
    <message>
        <source>coming: %1</source>
        <translation>gelecek: %1</translation>
    </message>
</context>
<context>
    <name>ReservationPage</name>
    <message>
        <source>Check in your reservation</source>
        <translation>Randevu girişi</translation>
    </message>
    <message>
        <source>Hold the QR code of your reservation (on paper or on your phone) under the reader.</source>
        <translation>Randevunuzun QR kodunu (kâğıtta veya telefonunuzda) okuyucunun altına tutun.</translation>
    </message>
    <message>
        <source>Or type the code of your reservation:</source>
        <translation>Ya da randevu kodunuzu yazın:</translation>
    </message>
    <message>
        <source>Code typed so far: %1</source>
        <translation>Yazılan kod: %1</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Giriş yap</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Delete one</source>
        <extracomment>Deletes the last character typed</extracomment>
        <translation>Birini sil</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Deletes everything typed</extracomment>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>Type all 8 characters</source>
        <extracomment>Why &quot;Check in&quot; cannot be pressed yet</extracomment>
        <translation>8 karakterin hepsini yazın</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>People waiting: %1</source>
        <translation>Bekleyen kişi: %1</translation>
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
        <translation>Hangi işlem için geldiniz?</translation>
    </message>
    <message>
        <source>The office is closed now. Please come back during opening hours.</source>
        <translation>Şu anda kurum kapalı. Lütfen çalışma saatlerinde tekrar gelin.</translation>
    </message>
    <message>
        <source>I have a reservation</source>
        <translation>Randevum var</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <extracomment>The first line of the idle kiosk: %1 is the office&apos;s name</extracomment>
        <translation>Hoş geldiniz — %1</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Hâlâ burada mısınız?</translation>
    </message>
    <message>
        <source>The kiosk returns to the start in %1 s. Touch “Continue” to go on.</source>
        <translation>Kiosk %1 sn içinde başa dönecek. Devam etmek için “Devam” düğmesine dokunun.</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Keeps the kiosk on the visitor&apos;s screen when asked &quot;Are you still there?&quot;</extracomment>
        <translation>Devam</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your number</source>
        <translation>Numaranız</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Önünüzdeki kişi sayısı: %1</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Sıra fişiniz yazdırılıyor…</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>Lütfen sıra fişinizi alın.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>QR code of your status page</source>
        <translation>Durum sayfanızın QR kodu</translation>
    </message>
    <message>
        <source>Scan with your phone to see your turn coming.</source>
        <translation>Sıranızın yaklaştığını görmek için telefonunuzla tarayın.</translation>
    </message>
    <message>
        <source>Please have these ready:</source>
        <translation>Lütfen bunları hazır bulundurun:</translation>
    </message>
    <message>
        <source>Please wait in the waiting area until the board calls your number.</source>
        <translation>Lütfen numaranız panoda çağrılana kadar bekleme alanında bekleyin.</translation>
    </message>
    <message>
        <source>See your turn on your phone</source>
        <translation>Sıranızı telefonunuzdan izleyin</translation>
    </message>
    <message>
        <source>Back to the start in %1 s</source>
        <extracomment>How long until the kiosk shows its first screen again</extracomment>
        <translation>%1 sn sonra başa dönülecek</translation>
    </message>
    <message>
        <source>The clerk has your details: you will not need to write them.</source>
        <translation>Bilgileriniz görevlide: bunları yazmanız gerekmeyecek.</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Try again</source>
        <translation>Tekrar dene</translation>
    </message>
</context>
<context>
    <name>VisitPane</name>
    <message>
        <source>later</source>
        <translation>sonra</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>bekliyor</translation>
    </message>
    <message>
        <source>called</source>
        <translation>çağrıldı</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>hizmet veriliyor</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>bekletiliyor</translation>
    </message>
    <message>
        <source>done</source>
        <translation>bitti</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>gelmedi</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>aktarıldı</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>No visitor at this counter.</source>
        <translation>Bu gişede ziyaretçi yok.</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Hizmet veriliyor</translation>
    </message>
    <message>
        <source>Called, not yet here</source>
        <translation>Çağrıldı, henüz gelmedi</translation>
    </message>
    <message>
        <source>Why this visitor: %1</source>
        <translation>Neden bu ziyaretçi: %1</translation>
    </message>
</context>
</TS>
