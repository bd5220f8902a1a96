<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne_NP" sourcelanguage="en">
<context>
    <name>AssistanceCalls</name>
    <message>
        <source>A visitor at the kiosk “%1” asks for a clerk (%2, since %3).</source>
        <translation>किओस्क “%1” मा एक आगन्तुकले कर्मचारी बोलाउँदै हुनुहुन्छ (%2, %3 देखि)।</translation>
    </message>
    <message>
        <source>I&apos;ll go</source>
        <translation>म जान्छु</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Display board — Madoguchi</source>
        <extracomment>The display board window&apos;s title</extracomment>
        <translation>बोलाउने सूचना पाटी — Madoguchi</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Read your My Number card instead of writing?</source>
        <translation>लेख्नुको सट्टा तपाईंको माइ नम्बर कार्ड पढ्ने?</translation>
    </message>
    <message>
        <source>Place your My Number card on the reader</source>
        <translation>आफ्नो माइ नम्बर कार्ड रिडरमाथि राख्नुहोस्</translation>
    </message>
    <message>
        <source>Only one PIN try is left</source>
        <translation>PIN को अब एउटा मात्र प्रयास बाँकी छ</translation>
    </message>
    <message>
        <source>Enter your card&apos;s 4-digit PIN</source>
        <translation>आफ्नो कार्डको ४ अङ्कको PIN हाल्नुहोस्</translation>
    </message>
    <message>
        <source>Your card has been read</source>
        <translation>तपाईंको कार्ड पढियो</translation>
    </message>
    <message>
        <source>The PIN of this card is locked</source>
        <translation>यो कार्डको PIN लक भएको छ</translation>
    </message>
    <message>
        <source>The card reader cannot be used now</source>
        <translation>कार्ड रिडर अहिले प्रयोग गर्न सकिँदैन</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>कार्ड पढिँदैछ…</translation>
    </message>
    <message>
        <source>The kiosk reads the name, address, date of birth and sex on your card and gives them to the clerk, who fills in your forms. Your individual number is not read. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>किओस्कले तपाईंको कार्डमा भएको नाम, ठेगाना, जन्म मिति र लिङ्ग पढेर तपाईंको फारम भरिदिनुहुने कर्मचारीलाई दिन्छ। तपाईंको व्यक्तिगत नम्बर (माइ नम्बर) पढिँदैन। विवरण दिनको अन्त्यमा मेटाइन्छ। तपाईंलाई कार्डको ४ अङ्कको PIN चाहिन्छ।</translation>
    </message>
    <message>
        <source>The reader is below the screen. Leave the card there until the screen says it has been read.</source>
        <translation>रिडर स्क्रिनमुनि छ। कार्ड पढियो भनेर स्क्रिनमा नदेखाएसम्म कार्ड त्यहीँ छोड्नुहोस्।</translation>
    </message>
    <message>
        <source>If this PIN is wrong too, the card is locked and must be reset at the municipal office. If you are not sure of the PIN, take a ticket without the card: the clerk will help you.</source>
        <translation>यो PIN पनि गलत भयो भने कार्ड लक हुन्छ र नगरपालिका कार्यालयमा रिसेट गराउनुपर्छ। PIN निश्चित थाहा छैन भने कार्ड बिना टिकट लिनुहोस्: कर्मचारीले तपाईंलाई सहयोग गर्नुहुनेछ।</translation>
    </message>
    <message>
        <source>The digits are not shown on the screen. Tries left: %1</source>
        <translation>अङ्कहरू स्क्रिनमा देखाइँदैनन्। बाँकी प्रयास: %1</translation>
    </message>
    <message>
        <source>Please take your card with you. Your ticket is coming.</source>
        <translation>कृपया आफ्नो कार्ड साथमा लैजानुहोस्। तपाईंको टिकट आउँदैछ।</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal office with the card. You can still take a ticket now: the clerk will help you with the forms.</source>
        <translation>PIN धेरै पटक गलत हालियो। कार्ड लिएर नगरपालिका कार्यालयको माइ नम्बर कार्ड काउन्टरमा यसलाई रिसेट गराउन सकिन्छ। तपाईं अहिले पनि टिकट लिन सक्नुहुन्छ: कर्मचारीले फारममा तपाईंलाई सहयोग गर्नुहुनेछ।</translation>
    </message>
    <message>
        <source>Please take a ticket: the clerk will enter your details.</source>
        <translation>कृपया टिकट लिनुहोस्: कर्मचारीले तपाईंको विवरण भरिदिनुहुनेछ।</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <translation>कृपया कार्ड नचलाउनुहोस्।</translation>
    </message>
    <message>
        <source>Read my card</source>
        <translation>कार्ड पढ्नुहोस्</translation>
    </message>
    <message>
        <source>I am sure of my PIN</source>
        <translation>PIN पक्का थाहा छ</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>टिकट लिनुहोस्</translation>
    </message>
    <message>
        <source>No, just a ticket</source>
        <translation>होइन, टिकट मात्र</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पछाडि</translation>
    </message>
    <message>
        <source>The name, address, date of birth and sex on your card are read for your forms, and your individual number for the forms that need it by law: it is printed on them and not kept. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>तपाईंको फारमका लागि कार्डमा भएको नाम, ठेगाना, जन्म मिति र लिङ्ग पढिन्छ, र कानुनले माग गर्ने फारमका लागि तपाईंको व्यक्तिगत नम्बर (माइ नम्बर) पनि पढिन्छ: त्यो फारममा छापिन्छ मात्र, राखिँदैन। विवरण दिनको अन्त्यमा मेटाइन्छ। तपाईंलाई कार्डको ४ अङ्कको PIN चाहिन्छ।</translation>
    </message>
    <message>
        <source>The name, address, date of birth and sex on your card are read for your forms. Your individual number is not read. The details are deleted at the end of the day. You need the card&apos;s 4-digit PIN.</source>
        <translation>तपाईंको फारमका लागि कार्डमा भएको नाम, ठेगाना, जन्म मिति र लिङ्ग पढिन्छ। तपाईंको व्यक्तिगत नम्बर (माइ नम्बर) पढिँदैन। विवरण दिनको अन्त्यमा मेटाइन्छ। तपाईंलाई कार्डको ४ अङ्कको PIN चाहिन्छ।</translation>
    </message>
    <message>
        <source>Please take your card with you.</source>
        <translation>कृपया आफ्नो कार्ड साथमा लैजानुहोस्।</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal office with the card.</source>
        <translation>PIN धेरै पटक गलत हालियो। कार्ड लिएर नगरपालिका कार्यालयको माइ नम्बर कार्ड काउन्टरमा यसलाई रिसेट गराउन सकिन्छ।</translation>
    </message>
    <message>
        <source>The card reader is not connected, or the smart card service is not running.</source>
        <translation>कार्ड रिडर जोडिएको छैन, वा स्मार्ट कार्ड सेवा चलिरहेको छैन।</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Do not read the card</source>
        <translation>कार्ड नपढ्नुहोस्</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>Counter %1 — %2</source>
        <translation>काउन्टर %1 — %2</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>लग आउट</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>अर्को बोलाउनुहोस्</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>फेरि बोलाउनुहोस्</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>सुरु गर्नुहोस्</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>सकाउनुहोस्</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>आएनन्</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>पर्खाइमा राख्नुहोस्</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>रोक्नुहोस्</translation>
    </message>
    <message>
        <source>Number, e.g. A-023</source>
        <translation>नम्बर, जस्तै A-023</translation>
    </message>
    <message>
        <source>Call this number</source>
        <translation>यो नम्बर बोलाउनुहोस्</translation>
    </message>
    <message>
        <source>Unpark</source>
        <translation>पर्खाइबाट निकाल्नुहोस्</translation>
    </message>
    <message>
        <source>Service to transfer to</source>
        <translation>सार्ने सेवा</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>सार्नुहोस्</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>the counter&apos;s status</comment>
        <translation>खुला</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>the counter&apos;s status</comment>
        <translation>रोकिएको</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>the counter&apos;s status</comment>
        <translation>बन्द</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action: open the counter</comment>
        <translation>खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>action: close the counter for the day</comment>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Outcome (optional), recorded with Finish</source>
        <extracomment>What came of the visit, recorded with Finish (F4), e.g. &quot;certificate issued&quot;</extracomment>
        <translation>नतिजा (ऐच्छिक, सकाउँदा रेकर्ड हुन्छ)</translation>
    </message>
    <message>
        <source>Counter %1 — counter console</source>
        <extracomment>The console window&apos;s title: %1 is the counter&apos;s number</extracomment>
        <translation>काउन्टर %1 — काउन्टर कन्सोल</translation>
    </message>
    <message>
        <source>Close counter %1 for the day? Waiting visitors stay in the queue.</source>
        <translation>आजका लागि काउन्टर %1 बन्द गर्ने? पर्खिरहेका आगन्तुकहरू लाइनमै रहनेछन्।</translation>
    </message>
    <message>
        <source>Pause counter %1? No one is called here until it is opened again.</source>
        <translation>काउन्टर %1 रोक्ने? फेरि नखोलेसम्म यहाँ कसैलाई बोलाइने छैन।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Keeps the counter as it is instead of pausing or closing it</extracomment>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Queue and actions</source>
        <translation>लाइन र कार्यहरू</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>फारमहरू</translation>
    </message>
</context>
<context>
    <name>DemoDevicesWindow</name>
    <message>
        <source>Simulated devices</source>
        <translation>सिमुलेटेड उपकरणहरू</translation>
    </message>
    <message>
        <source>Scanner: hold a reservation&apos;s code to the kiosk</source>
        <translation>स्क्यानर: आरक्षणको कोड किओस्कमा देखाउनुहोस्</translation>
    </message>
    <message>
        <source>%1 %2 — code %3</source>
        <translation>%1 %2 — कोड %3</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>स्क्यान</translation>
    </message>
    <message>
        <source>Printer: the last ticket</source>
        <translation>प्रिन्टर: पछिल्लो टिकट</translation>
    </message>
    <message>
        <source>Paper out</source>
        <translation>कागज सकियो</translation>
    </message>
    <message>
        <source>No ticket printed yet.</source>
        <translation>अहिलेसम्म कुनै टिकट छापिएको छैन।</translation>
    </message>
    <message>
        <source>On</source>
        <translation>चालु</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बन्द</translation>
    </message>
    <message>
        <source>Card reader: place a My Number card (PIN 1234)</source>
        <translation>कार्ड रिडर: माइ नम्बर कार्ड राख्नुहोस् (PIN 1234)</translation>
    </message>
    <message>
        <source>Lift the card</source>
        <translation>कार्ड उठाउनुहोस्</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>राख्नुहोस्</translation>
    </message>
    <message>
        <source>One try left</source>
        <translation>एक प्रयास बाँकी</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>लक भएको</translation>
    </message>
    <message>
        <source>Place a transit IC card</source>
        <translation>यातायात IC कार्ड राख्नुहोस्</translation>
    </message>
</context>
<context>
    <name>FormsPane</name>
    <message>
        <source>Forms of %1</source>
        <translation>%1 का फारमहरू</translation>
    </message>
    <message>
        <source>No visit at the counter</source>
        <translation>काउन्टरमा कुनै आगन्तुक छैनन्</translation>
    </message>
    <message>
        <source>In the visit · printed</source>
        <translation>भ्रमणमा समावेश · छापिएको</translation>
    </message>
    <message>
        <source>In the visit</source>
        <translation>भ्रमणमा समावेश</translation>
    </message>
    <message>
        <source>Not in the visit</source>
        <translation>भ्रमणमा समावेश छैन</translation>
    </message>
    <message>
        <source>Signed</source>
        <extracomment>The visitor has checked and signed the form</extracomment>
        <translation>हस्ताक्षरित</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हो</translation>
    </message>
    <message>
        <source>No</source>
        <translation>होइन</translation>
    </message>
    <message>
        <source>Read the My Number card</source>
        <translation>माइ नम्बर कार्ड पढ्नुहोस्</translation>
    </message>
    <message>
        <source>Print all forms</source>
        <translation>सबै फारम छाप्नुहोस्</translation>
    </message>
    <message>
        <source>Empty boxes stay empty on paper</source>
        <translation>खाली कोठाहरू कागजमा पनि खाली रहन्छन्</translation>
    </message>
    <message>
        <source>Details for the forms</source>
        <translation>फारमका लागि विवरण</translation>
    </message>
    <message>
        <source>%1 missing, %2 to choose</source>
        <translation>%1 छुटेका, %2 छान्नुपर्ने</translation>
    </message>
    <message>
        <source>Add a household member</source>
        <translation>घरको सदस्य थप्नुहोस्</translation>
    </message>
    <message>
        <source>Preview of the form as it will print</source>
        <translation>छापिने फारमको पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Sources disagree: choose</source>
        <translation>स्रोतहरू मेल खाँदैनन्: छान्नुहोस्</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>छुटेको</translation>
    </message>
    <message>
        <source>外字: the fonts lack a character; write it by hand</source>
        <translation>外字: फन्टमा एउटा अक्षर छैन; हातले लेख्नुहोस्</translation>
    </message>
    <message>
        <source>Type it once for every form</source>
        <translation>सबै फारमका लागि एक पटक टाइप गर्नुहोस्</translation>
    </message>
    <message>
        <source>個人番号 from the card</source>
        <translation>व्यक्तिगत नम्बर कार्डबाट</translation>
    </message>
    <message>
        <source>個人番号: read the card</source>
        <translation>व्यक्तिगत नम्बर: कार्ड पढ्नुहोस्</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Large text</source>
        <extracomment>Switch for large text; keep it short</extracomment>
        <translation>ठूलो अक्षर</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Switch for black-and-yellow high-contrast colours; keep it short</extracomment>
        <translation>उच्च कन्ट्रास्ट</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <extracomment>Switch for reading each screen aloud; keep it short</extracomment>
        <translation>आवाज निर्देशन</translation>
    </message>
    <message>
        <source>Low screen</source>
        <extracomment>Switch that moves every control to the lower part of the screen, within reach from a wheelchair; keep it short</extracomment>
        <translation>तल्लो स्क्रिन</translation>
    </message>
    <message>
        <source>Call a clerk</source>
        <translation>कर्मचारी बोलाउनुहोस्</translation>
    </message>
    <message>
        <source>Called</source>
        <extracomment>Under &quot;Call a clerk&quot; once it was pressed</extracomment>
        <translation>बोलाइयो</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>The state of a switch in the kiosk&apos;s header</extracomment>
        <translation>चालु</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बन्द</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>A clerk has been called and will come to you. Please wait here.</source>
        <translation>कर्मचारीलाई बोलाइएको छ, उहाँ तपाईंकहाँ आउनुहुनेछ। कृपया यहीँ पर्खनुहोस्।</translation>
    </message>
    <message>
        <source>%1 — ticket kiosk</source>
        <extracomment>The kiosk window&apos;s title: %1 is the office&apos;s name</extracomment>
        <translation>%1 — टिकट किओस्क</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>के तपाईं अझै यहाँ हुनुहुन्छ?</translation>
    </message>
    <message>
        <source>Choose your language below.</source>
        <translation>कृपया तल आफ्नो भाषा छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Hold your reservation&apos;s QR code under the reader, or type its code below.</source>
        <translation>आफ्नो आरक्षणको QR कोड रिडरमुनि देखाउनुहोस्, वा तल यसको कोड टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>कृपया आफ्नो टिकट लिनुहोस्।</translation>
    </message>
    <message>
        <source>Your number: %1</source>
        <translation>तपाईंको नम्बर: %1</translation>
    </message>
    <message>
        <source>Touch your procedure below.</source>
        <translation>कृपया तल आफ्नो काम छुनुहोस्।</translation>
    </message>
    <message>
        <source>The office is closed now.</source>
        <translation>कार्यालय अहिले बन्द छ।</translation>
    </message>
    <message>
        <source>Place your card on the reader.</source>
        <translation>कृपया आफ्नो कार्ड रिडरमाथि राख्नुहोस्।</translation>
    </message>
    <message>
        <source>Enter your PIN below.</source>
        <translation>कृपया तल आफ्नो PIN हाल्नुहोस्।</translation>
    </message>
    <message>
        <source>Only one PIN try is left.</source>
        <translation>PIN को अब एउटा मात्र प्रयास बाँकी छ।</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked.</source>
        <translation>कार्डको PIN लक भएको छ।</translation>
    </message>
    <message>
        <source>Read your card instead of writing?</source>
        <translation>लेख्नुको सट्टा तपाईंको कार्ड पढ्ने?</translation>
    </message>
    <message>
        <source>Please wait. Do not move the card.</source>
        <translation>कृपया पर्खनुहोस्। कार्ड नचलाउनुहोस्।</translation>
    </message>
    <message>
        <source>Please take your My Number card from the reader.</source>
        <translation>कृपया आफ्नो माइ नम्बर कार्ड रिडरबाट लिनुहोस्।</translation>
    </message>
    <message>
        <source>Please take your card.</source>
        <translation>कृपया आफ्नो कार्ड लिनुहोस्।</translation>
    </message>
    <message>
        <source>The card reader cannot be used now.</source>
        <translation>कार्ड रिडर अहिले प्रयोग गर्न सकिँदैन।</translation>
    </message>
</context>
<context>
    <name>LoginPane</name>
    <message>
        <source>Counter %1: staff login</source>
        <translation>काउन्टर %1: कर्मचारी लगइन</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>लगइन</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>लगइन गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Appointment</name>
    <message>
        <source>This service does not take reservations at that time.</source>
        <translation>यो सेवाले त्यो समयमा आरक्षण लिँदैन।</translation>
    </message>
    <message>
        <source>That time has already begun. Please choose a later time.</source>
        <translation>त्यो समय सुरु भइसक्यो। कृपया पछिको समय छान्नुहोस्।</translation>
    </message>
    <message>
        <source>That time is fully booked. Please choose another time.</source>
        <translation>त्यो समय पूरा बुक भइसक्यो। कृपया अर्को समय छान्नुहोस्।</translation>
    </message>
    <message>
        <source>There is no reservation with this code. Please check the code, or take a ticket.</source>
        <translation>यो कोडको कुनै आरक्षण छैन। कृपया कोड जाँच्नुहोस्, वा टिकट लिनुहोस्।</translation>
    </message>
    <message>
        <source>This reservation was cancelled. Please take a ticket.</source>
        <translation>यो आरक्षण रद्द गरिएको छ। कृपया टिकट लिनुहोस्।</translation>
    </message>
    <message>
        <source>Your reservation is on %1 at %2. Please come on that day.</source>
        <translation>तपाईंको आरक्षण %1 मा %2 बजे छ। कृपया त्यही दिन आउनुहोस्।</translation>
    </message>
    <message>
        <source>Your reservation is at %1. Please check in from %2.</source>
        <translation>तपाईंको आरक्षण %1 बजे छ। कृपया %2 देखि चेक इन गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The time of your reservation (%1) has passed. Please take a ticket.</source>
        <translation>तपाईंको आरक्षणको समय (%1) बितिसक्यो। कृपया टिकट लिनुहोस्।</translation>
    </message>
    <message>
        <source>This reservation has already checked in.</source>
        <translation>यो आरक्षण पहिले नै चेक इन भइसकेको छ।</translation>
    </message>
    <message>
        <source>The reservation could not be saved. Please try again.</source>
        <translation>आरक्षण सुरक्षित गर्न सकिएन। कृपया फेरि प्रयास गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Board</name>
    <message>
        <source>Now calling</source>
        <translation>अहिले बोलाइँदै</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>काउन्टर %1</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>पहिले बोलाइएका</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>अहिले पर्खिरहेका</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 जना पर्खिरहेका</translation>
    </message>
    <message>
        <source>Few waiting</source>
        <translation>थोरै भीड</translation>
    </message>
    <message>
        <source>Some waiting</source>
        <translation>केही भीड</translation>
    </message>
    <message>
        <source>Many waiting</source>
        <translation>धेरै भीड</translation>
    </message>
    <message>
        <source>Very crowded</source>
        <translation>अत्यधिक भीड</translation>
    </message>
    <message>
        <source>Number %1, please come to counter %2.</source>
        <extracomment>A call spoken on the display board by a speech synthesizer; for Japanese write it in kana only, the synthesizer cannot read kanji.</extracomment>
        <translation>नम्बर %1, कृपया काउन्टर %2 मा आउनुहोस्।</translation>
    </message>
    <message>
        <source>This board has lost its connection to the office. Please listen for your number or ask at the reception.</source>
        <translation>यो बोर्डको कार्यालयसँगको जडान टुटेको छ। कृपया आफ्नो नम्बर बोलाइएको सुन्नुहोस् वा सोधपुछ कक्षमा सोध्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Card</name>
    <message>
        <source>The PIN is not right. Please enter it again.</source>
        <translation>PIN मिलेन। कृपया फेरि हाल्नुहोस्।</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please place your My Number card on the reader.</source>
        <translation>यो कार्ड माइ नम्बर कार्ड होइन। कृपया आफ्नो माइ नम्बर कार्ड रिडरमाथि राख्नुहोस्।</translation>
    </message>
    <message>
        <source>The card was moved before the reading finished. Please place it again and leave it there until the screen says it has been read.</source>
        <translation>पढ्ने काम नसकिँदै कार्ड चल्यो। कृपया फेरि राख्नुहोस् र कार्ड पढियो भनेर स्क्रिनमा नदेखाएसम्म त्यहीँ छोड्नुहोस्।</translation>
    </message>
    <message>
        <source>The card could not be read. Please place it again and keep it still.</source>
        <translation>कार्ड पढ्न सकिएन। कृपया फेरि राख्नुहोस् र नचलाउनुहोस्।</translation>
    </message>
    <message>
        <source>The card was taken off the reader. Please place it again and leave it there: the PIN is asked once it is read.</source>
        <translation>कार्ड रिडरबाट हटाइयो। कृपया फेरि राख्नुहोस् र त्यहीँ छोड्नुहोस्: कार्ड पढेपछि PIN सोधिन्छ।</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Counter</name>
    <message>
        <source>The counter is open</source>
        <translation>काउन्टर खुला छ</translation>
    </message>
    <message>
        <source>The counter is closed</source>
        <translation>काउन्टर बन्द छ</translation>
    </message>
    <message>
        <source>Open the counter first (F9)</source>
        <translation>पहिले काउन्टर खोल्नुहोस् (F9)</translation>
    </message>
    <message>
        <source>The counter is paused</source>
        <translation>काउन्टर रोकिएको छ</translation>
    </message>
    <message>
        <source>Paused: open it to go on (F9)</source>
        <translation>रोकिएको छ: जारी राख्न खोल्नुहोस् (F9)</translation>
    </message>
    <message>
        <source>A visitor is at the counter</source>
        <translation>काउन्टरमा आगन्तुक हुनुहुन्छ</translation>
    </message>
    <message>
        <source>Already serving</source>
        <translation>पहिले नै सेवा दिइँदै छ</translation>
    </message>
    <message>
        <source>No visitor has been called</source>
        <translation>कुनै आगन्तुक बोलाइएको छैन</translation>
    </message>
    <message>
        <source>Start serving first (F3)</source>
        <translation>पहिले सेवा सुरु गर्नुहोस् (F3)</translation>
    </message>
    <message>
        <source>No visitor is being served</source>
        <translation>कसैलाई सेवा दिइँदै छैन</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation>माइ नम्बर कार्ड</translation>
    </message>
    <message>
        <source>Pre-application</source>
        <translation>पूर्व-आवेदन</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>कर्मचारी</translation>
    </message>
    <message>
        <source>The card has been read. Please give it back to the visitor.</source>
        <translation>कार्ड पढियो। कृपया आगन्तुकलाई कार्ड फिर्ता दिनुहोस्।</translation>
    </message>
    <message>
        <source>The pre-application has been read.</source>
        <translation>पूर्व-आवेदन पढियो।</translation>
    </message>
    <message>
        <source>%1 (household member %2)</source>
        <translation>%1 (घरको सदस्य %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) printed: the visitor checks them and signs.</source>
        <translation>
            <numerusform>%n फारम छापियो: आगन्तुकले जाँचेर हस्ताक्षर गर्नुहुन्छ।</numerusform>
            <numerusform>%n फारम छापिए: आगन्तुकले जाँचेर हस्ताक्षर गर्नुहुन्छ।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) the fonts lack are left as boxes: write them by hand.</source>
        <translation>
            <numerusform>फन्टमा नभएको %n अक्षर कोठाको रूपमा छोडिएको छ: हातले लेख्नुहोस्।</numerusform>
            <numerusform>फन्टमा नभएका %n अक्षर कोठाको रूपमा छोडिएका छन्: हातले लेख्नुहोस्।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Madoguchi::Field</name>
    <message>
        <source>Family name</source>
        <extracomment>A field of the visitor&apos;s profile and the forms: 氏 (surname)</extracomment>
        <translation>थर</translation>
    </message>
    <message>
        <source>Given name</source>
        <extracomment>A field of the visitor&apos;s profile and the forms: 名 (given name)</extracomment>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Family name (reading)</source>
        <extracomment>A field: the reading of the family name in katakana (フリガナ)</extracomment>
        <translation>थर (उच्चारण)</translation>
    </message>
    <message>
        <source>Given name (reading)</source>
        <extracomment>A field: the reading of the given name in katakana (フリガナ)</extracomment>
        <translation>नाम (उच्चारण)</translation>
    </message>
    <message>
        <source>Former surname</source>
        <extracomment>A field: 旧氏, a former surname a resident asked to have recorded (e.g. a maiden name)</extracomment>
        <translation>पुरानो थर (旧氏)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>A field: 生年月日</extracomment>
        <translation>जन्म मिति</translation>
    </message>
    <message>
        <source>Sex</source>
        <extracomment>A field: 性別, as the resident register records it</extracomment>
        <translation>लिङ्ग</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>A value of the field Sex: ISO 5218 code 9, as some records hold it</extracomment>
        <translation>लागू हुँदैन</translation>
    </message>
    <message>
        <source>Relationship to the head of household</source>
        <extracomment>A field: 続柄, the person&apos;s relationship to the head of household (e.g. 妻, 子)</extracomment>
        <translation>घरमूलीसँगको नाता (続柄)</translation>
    </message>
    <message>
        <source>Nationality or region</source>
        <extracomment>A field for foreign residents: 国籍・地域</extracomment>
        <translation>राष्ट्रियता वा क्षेत्र</translation>
    </message>
    <message>
        <source>Status of residence</source>
        <extracomment>A field for foreign residents: 在留資格 (e.g. 永住者, 技術・人文知識・国際業務)</extracomment>
        <translation>बसोबासको हैसियत (在留資格)</translation>
    </message>
    <message>
        <source>Period of stay ends</source>
        <extracomment>A field for foreign residents: 在留期間の満了日</extracomment>
        <translation>बसाइ अवधि सकिने मिति</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <extracomment>A field for foreign residents: 在留カード番号 (12 characters, e.g. AB12345678CD)</extracomment>
        <translation>रेसिडेन्स कार्ड नम्बर</translation>
    </message>
    <message>
        <source>Postal code</source>
        <extracomment>A field: 郵便番号</extracomment>
        <translation>हुलाक कोड</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>A field: 住所, the address the visitor lives at (or moves to)</extracomment>
        <translation>ठेगाना</translation>
    </message>
    <message>
        <source>Building and room</source>
        <extracomment>A field: 方書, the building&apos;s name and the room number after the address</extracomment>
        <translation>भवनको नाम र कोठा (方書)</translation>
    </message>
    <message>
        <source>Telephone</source>
        <extracomment>A field: 電話番号, a number to reach the visitor during the day</extracomment>
        <translation>टेलिफोन</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>A field: メールアドレス</extracomment>
        <translation>इमेल</translation>
    </message>
    <message>
        <source>Head of household</source>
        <extracomment>A field: 世帯主, the name of the head of household</extracomment>
        <translation>घरमूली (世帯主)</translation>
    </message>
    <message>
        <source>Registered domicile</source>
        <extracomment>A field: 本籍, the registered domicile of a Japanese national&apos;s family register</extracomment>
        <translation>दर्ता गरिएको मूल ठेगाना (本籍)</translation>
    </message>
    <message>
        <source>Head of the family register</source>
        <extracomment>A field: 筆頭者, the person at the head of the family register</extracomment>
        <translation>पारिवारिक दर्ताको प्रमुख (筆頭者)</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <extracomment>A field: 異動日, the day of moving in, out or within the city</extracomment>
        <translation>सरेको मिति</translation>
    </message>
    <message>
        <source>Previous address</source>
        <extracomment>A field: 従前の住所, the address before the move</extracomment>
        <translation>पहिलेको ठेगाना</translation>
    </message>
    <message>
        <source>Previous head of household</source>
        <extracomment>A field: the head of household at the address before the move (前住所の世帯主)</extracomment>
        <translation>पहिलेको ठेगानाको घरमूली</translation>
    </message>
    <message>
        <source>Address moving to</source>
        <extracomment>A field: 転出先, the address the visitor moves to outside the city</extracomment>
        <translation>सर्ने ठेगाना (転出先)</translation>
    </message>
    <message>
        <source>Occupation</source>
        <extracomment>A field: 職業 (the claimant&apos;s occupation, on a child-allowance claim)</extracomment>
        <translation>पेशा</translation>
    </message>
    <message>
        <source>Bank</source>
        <extracomment>A field: 金融機関名, the bank an allowance is paid into</extracomment>
        <translation>बैंक</translation>
    </message>
    <message>
        <source>Branch</source>
        <extracomment>A field: 支店名, the bank&apos;s branch</extracomment>
        <translation>शाखा</translation>
    </message>
    <message>
        <source>Account type</source>
        <extracomment>A field: 預金種目, the kind of bank account</extracomment>
        <translation>खाताको प्रकार</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <extracomment>A kind of bank account: 普通</extracomment>
        <translation>साधारण</translation>
    </message>
    <message>
        <source>Current</source>
        <extracomment>A kind of bank account: 当座</extracomment>
        <translation>चल्ती (当座)</translation>
    </message>
    <message>
        <source>Account number</source>
        <extracomment>A field: 口座番号 (7 digits in Japan)</extracomment>
        <translation>खाता नम्बर</translation>
    </message>
    <message>
        <source>Account holder (reading)</source>
        <extracomment>A field: 口座名義 (カナ), the account holder&apos;s name as the bank writes it, in katakana</extracomment>
        <translation>खातावालाको नाम (उच्चारण)</translation>
    </message>
    <message>
        <source>This field is empty.</source>
        <translation>यो भाग खाली छ।</translation>
    </message>
    <message>
        <source>This is longer than the form has room for (%1 characters).</source>
        <translation>फारममा अट्ने भन्दा लामो छ (बढीमा %1 अक्षर)।</translation>
    </message>
    <message>
        <source>A name has no digits or symbols.</source>
        <translation>नाममा अङ्क वा चिन्ह हुँदैन।</translation>
    </message>
    <message>
        <source>Write the reading in katakana or hiragana.</source>
        <translation>उच्चारण काताकाना वा हिरागानामा लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>This holds characters that cannot be printed.</source>
        <translation>छाप्न नसकिने अक्षर छन्।</translation>
    </message>
    <message>
        <source>This is not a date that exists. Write it as 1990-04-01 or 平成2年4月1日.</source>
        <translation>यो मिति अस्तित्वमा छैन। 1990-04-01 वा 平成2年4月1日 जस्तै लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>Choose one of the answers offered.</source>
        <translation>दिइएका उत्तरमध्ये एउटा छान्नुहोस्।</translation>
    </message>
    <message>
        <source>A postal code has 7 digits, as 123-4567.</source>
        <translation>हुलाक कोडमा 123-4567 जस्तै ७ अङ्क हुन्छन्।</translation>
    </message>
    <message>
        <source>A telephone number has 10 or 11 digits starting with 0, or starts with + and the country code.</source>
        <translation>टेलिफोन नम्बर 0 बाट सुरु हुने १० वा ११ अङ्कको हुन्छ, वा + र देश कोडबाट सुरु हुन्छ।</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>यो इमेल ठेगाना होइन।</translation>
    </message>
    <message>
        <source>A residence card number is 2 letters, 8 digits and 2 letters, as AB12345678CD.</source>
        <translation>रेसिडेन्स कार्ड नम्बर AB12345678CD जस्तै २ अक्षर, ८ अङ्क र २ अक्षर हो।</translation>
    </message>
    <message>
        <source>Write %1 digits.</source>
        <translation>%1 अङ्क लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>There is no such field.</source>
        <translation>यस्तो भाग छैन।</translation>
    </message>
    <message>
        <source>There is no such person in this household.</source>
        <translation>यो घरमा त्यस्तो व्यक्ति छैन।</translation>
    </message>
    <message>
        <source>A value must be written as text.</source>
        <translation>मान पाठको रूपमा लेख्नुपर्छ।</translation>
    </message>
    <message>
        <source>The household members are a list of at most %1 people.</source>
        <translation>घरका सदस्यहरू बढीमा %1 जनाको सूची हो।</translation>
    </message>
    <message>
        <source>A household member is an object of fields.</source>
        <translation>घरको सदस्य भागहरूको वस्तु हो।</translation>
    </message>
    <message>
        <source>The stored profile of this visit cannot be opened (another key, or damaged).</source>
        <translation>यो भ्रमणको सुरक्षित विवरण खोल्न सकिँदैन (अर्कै साँचो, वा बिग्रिएको)।</translation>
    </message>
    <message>
        <source>That source gave no value for this field.</source>
        <translation>त्यो स्रोतले यो विवरणको मान दिएको छैन।</translation>
    </message>
</context>
<context>
    <name>Madoguchi::GuidePage</name>
    <message>
        <source>What is happening in your life?</source>
        <translation>तपाईंको जीवनमा के भइरहेको छ?</translation>
    </message>
    <message>
        <source>Choose one: a few questions follow, then the procedures for you, in the order to do them.</source>
        <translation>एउटा छान्नुहोस्: केही प्रश्नपछि तपाईंले गर्नुपर्ने प्रक्रियाहरू गर्नुपर्ने क्रममै देखाइनेछन्।</translation>
    </message>
    <message>
        <source>I know what I need: choose the procedures myself</source>
        <translation>के चाहिन्छ थाहा छ: प्रक्रियाहरू आफैँ छान्ने</translation>
    </message>
    <message>
        <source>Choose your procedures</source>
        <translation>आफ्ना प्रक्रियाहरू छान्नुहोस्</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>प्रश्न %1 / %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हो</translation>
    </message>
    <message>
        <source>No</source>
        <translation>होइन</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पछाडि</translation>
    </message>
    <message>
        <source>What to do, in this order</source>
        <translation>यही क्रममा गर्नुपर्ने कामहरू</translation>
    </message>
    <message>
        <source>Your answers call for no procedure. Please go back and check them.</source>
        <translation>तपाईंका उत्तरअनुसार कुनै प्रक्रिया आवश्यक छैन। कृपया पछाडि गएर उत्तरहरू जाँच्नुहोस्।</translation>
    </message>
    <message>
        <source>Counters %1</source>
        <translation>काउन्टर %1</translation>
    </message>
    <message>
        <source>Bring:</source>
        <translation>ल्याउनुपर्ने:</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>शुल्क: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>निःशुल्क</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 येन</translation>
    </message>
    <message>
        <source>About %1 min at the counter</source>
        <translation>काउन्टरमा लगभग %1 मिनेट</translation>
    </message>
    <message>
        <source>Online instead: %1</source>
        <translation>अनलाइन विकल्प: %1</translation>
    </message>
    <message>
        <source>Fees together: %1. About %2 min at the counters.</source>
        <translation>कुल शुल्क: %1। काउन्टरहरूमा जम्मा लगभग %2 मिनेट।</translation>
    </message>
    <message>
        <source>Next: fill in your details once</source>
        <translation>अर्को: आफ्नो विवरण एक पटक भर्नुहोस्</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>कसलाई चाहिन्छ: %1</translation>
    </message>
    <message>
        <source>Everyone with this life event</source>
        <translation>यो घटना भएका सबैलाई</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>In a condition: a question and the answer that makes it hold (&quot;Do you have a car? — Yes&quot;)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not %2</source>
        <extracomment>In a condition: a question and the answer that must not be given</extracomment>
        <translation>%1 — %2 बाहेक</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1, र %2</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1, वा %2</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>(%1) होइन</translation>
    </message>
    <message>
        <source>Life events and their procedures</source>
        <translation>जीवनका घटनाहरू र तिनका प्रक्रियाहरू</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Kiosk</name>
    <message>
        <source>The office system cannot be reached, so no tickets can be issued now. Please ask a clerk.</source>
        <translation>कार्यालयको प्रणालीमा जोडिन सकिएन, त्यसैले अहिले टिकट जारी गर्न सकिँदैन। कृपया कर्मचारीलाई सोध्नुहोस्।</translation>
    </message>
    <message>
        <source>The office system cannot be reached, so no ticket was issued. Please ask a clerk.</source>
        <translation>कार्यालयको प्रणालीमा जोडिन सकिएन, त्यसैले कुनै टिकट जारी भएन। कृपया कर्मचारीलाई सोध्नुहोस्।</translation>
    </message>
    <message>
        <source>No ticket could be issued: %1</source>
        <translation>टिकट जारी गर्न सकिएन: %1</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Please note your number or photograph the code on the screen.</source>
        <translation>यो किओस्कमा प्रिन्टर छैन। कृपया आफ्नो नम्बर टिप्नुहोस् वा स्क्रिनको कोडको फोटो खिच्नुहोस्।</translation>
    </message>
    <message>
        <source>The ticket could not be printed (%1). Your number is on the screen: please note it or photograph the code.</source>
        <translation>टिकट छाप्न सकिएन (%1)। तपाईंको नम्बर स्क्रिनमा छ: कृपया टिप्नुहोस् वा कोडको फोटो खिच्नुहोस्।</translation>
    </message>
    <message>
        <source>no wait (reference)</source>
        <translation>पर्खनु पर्दैन (अनुमान मात्र)</translation>
    </message>
    <message>
        <source>about %1–%2 min (reference)</source>
        <extracomment>参考値: a reference range of waiting minutes, never a promise</extracomment>
        <translation>करिब %1–%2 मिनेट (अनुमान मात्र)</translation>
    </message>
    <message>
        <source>Reservation at %1</source>
        <translation>आरक्षण %1 बजे</translation>
    </message>
    <message>
        <source>A reservation code has 8 letters and digits, like 7K3M-Q2P7. Please check it.</source>
        <translation>आरक्षण कोडमा ८ वटा अक्षर र अङ्क हुन्छन्, जस्तै 7K3M-Q2P7। कृपया जाँच्नुहोस्।</translation>
    </message>
    <message>
        <source>This code is not right. Please check each character, or scan the QR code.</source>
        <translation>यो कोड मिलेन। कृपया हरेक अक्षर जाँच्नुहोस्, वा QR कोड स्क्यान गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This code cannot be read. If it is your reservation, please type its code.</source>
        <translation>यो कोड पढ्न सकिएन। तपाईंको आरक्षण हो भने कृपया यसको कोड टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This is the code of a ticket: scan it with your phone to follow your turn.</source>
        <translation>यो टिकटको कोड हो: आफ्नो पालो हेर्न फोनले स्क्यान गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This code cannot be used here.</source>
        <translation>यो कोड यहाँ प्रयोग गर्न सकिँदैन।</translation>
    </message>
    <message>
        <source>The clerk could not be called. Please ask at the nearest counter.</source>
        <translation>कर्मचारीलाई बोलाउन सकिएन। कृपया नजिकैको काउन्टरमा सोध्नुहोस्।</translation>
    </message>
    <message>
        <source>Your details from home have been read. Please choose your procedure: the clerk will have them.</source>
        <translation>तपाईंले घरमा भरेको विवरण पढियो। कृपया आफ्नो प्रक्रिया छान्नुहोस्: काउन्टरका कर्मचारीसँग यो विवरण हुनेछ।</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Notice</name>
    <message>
        <source>This office does not send notices by %1.</source>
        <translation>यो कार्यालयले %1 बाट सूचना पठाउँदैन।</translation>
    </message>
    <message>
        <source>This is not an e-mail address notices can be sent to.</source>
        <translation>यो सूचना पठाउन मिल्ने इमेल ठेगाना होइन।</translation>
    </message>
    <message>
        <source>The address must be 1 to %1 characters.</source>
        <translation>ठेगाना १ देखि %1 अक्षरसम्मको हुनुपर्छ।</translation>
    </message>
    <message>
        <source>This ticket is finished; there is nothing left to notify.</source>
        <translation>यो टिकटको काम सकियो; अब सूचना दिनुपर्ने केही छैन।</translation>
    </message>
    <message>
        <source>A ticket can have at most %1 addresses for notices.</source>
        <translation>एउटा टिकटमा सूचनाका लागि बढीमा %1 ठेगाना राख्न सकिन्छ।</translation>
    </message>
</context>
<context>
    <name>Madoguchi::NoticeText</name>
    <message>
        <source>Your turn is near: %1</source>
        <translation>तपाईंको पालो नजिकै छ: %1</translation>
    </message>
    <message>
        <source>Number %1: people ahead of you: %2. Please come back to the waiting area.</source>
        <translation>नम्बर %1: तपाईंभन्दा अगाडि मानिसहरू: %2। कृपया प्रतीक्षा क्षेत्रमा फर्कनुहोस्।</translation>
    </message>
    <message>
        <source>Your number %1 is called</source>
        <translation>तपाईंको नम्बर %1 बोलाइयो</translation>
    </message>
    <message>
        <source>Number %1 is called. Please go to %2.</source>
        <translation>नम्बर %1 बोलाइयो। कृपया %2 मा जानुहोस्।</translation>
    </message>
    <message>
        <source>Your ticket: %1</source>
        <translation>तपाईंको टिकट: %1</translation>
    </message>
    <message>
        <source>This is an automatic message from %1. Please do not reply to it.</source>
        <translation>यो %1 बाट स्वचालित रूपमा पठाइएको सन्देश हो। कृपया जवाफ नदिनुहोस्।</translation>
    </message>
</context>
<context>
    <name>Madoguchi::PreApplicationPage</name>
    <message>
        <source>Fill in your details before you come</source>
        <translation>आउनुअघि आफ्नो विवरण भर्नुहोस्</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Write your details once here, and show the code you get at the kiosk or the counter: the clerk fills in your forms. Nothing is sent anywhere: the details stay on this phone until you show the code.</source>
        <translation>यहाँ एक पटक आफ्नो विवरण लेख्नुहोस्, र पाएको कोड किओस्क वा काउन्टरमा देखाउनुहोस्: कर्मचारीले तपाईंको फारम भरिदिनुहुनेछ। केही पनि कतै पठाइँदैन: तपाईंले कोड नदेखाएसम्म विवरण यही फोनमा रहन्छ।</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>तपाईंको विवरण</translation>
    </message>
    <message>
        <source>Fill in what you know; leave the rest empty. Write names as on your residence record.</source>
        <translation>थाहा भएको विवरण भर्नुहोस्; बाँकी खाली छोड्नुहोस्। नाम आफ्नो बसोबास अभिलेख (住民票) मा भएजस्तै लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>Make my code</source>
        <translation>कोड बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Please check “%1”.</source>
        <translation>कृपया “%1” जाँच्नुहोस्।</translation>
    </message>
    <message>
        <source>Please fill in at least one detail.</source>
        <translation>कृपया कम्तीमा एउटा विवरण भर्नुहोस्।</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>तपाईंको कोड</translation>
    </message>
    <message>
        <source>Show this code at the kiosk or the counter. Keep the screen bright; take a screenshot to keep it.</source>
        <translation>यो कोड किओस्क वा काउन्टरमा देखाउनुहोस्। स्क्रिन उज्यालो राख्नुहोस्; कोड राख्न स्क्रिनसट लिनुहोस्।</translation>
    </message>
    <message>
        <source>Change my details</source>
        <translation>विवरण बदल्नुहोस्</translation>
    </message>
    <message>
        <source>This page needs JavaScript to make your code.</source>
        <translation>तपाईंको कोड बनाउन यो पृष्ठलाई JavaScript चाहिन्छ।</translation>
    </message>
    <message>
        <source>The details are too long for one code. Please leave out what the clerk can fill in, such as a previous address.</source>
        <translation>विवरण एउटा कोडका लागि धेरै लामो भयो। कर्मचारीले भर्न सक्ने विवरण, जस्तै पहिलेको ठेगाना, खाली छोड्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>Madoguchi::Queue</name>
    <message>
        <source>%1 (fallback: no one is waiting for this counter&apos;s main services)</source>
        <translation>%1 (वैकल्पिक: यस काउन्टरका मुख्य सेवाका लागि कोही पर्खिरहेको छैन)</translation>
    </message>
    <message>
        <source>arrival order: waiting since %1</source>
        <translation>आगमन क्रम: %1 देखि पर्खिरहेको</translation>
    </message>
    <message>
        <source>priority class first, then arrival (waiting since %1)</source>
        <translation>पहिले प्राथमिकता, त्यसपछि आगमन क्रम (%1 देखि पर्खिरहेको)</translation>
    </message>
    <message>
        <source>%1:1 alternation: priority turn (%2 of %1)</source>
        <translation>%1:1 पालो: प्राथमिकताको पालो (%1 मध्ये %2)</translation>
    </message>
    <message>
        <source>%1:1 alternation: regular turn</source>
        <translation>%1:1 पालो: सामान्य पालो</translation>
    </message>
    <message>
        <source>walk-in waiting over %1 min (since %2)</source>
        <translation>आरक्षण बिनाको आगन्तुक %1 मिनेटभन्दा बढी पर्खिरहेको (%2 देखि)</translation>
    </message>
    <message>
        <source>appointment due %1</source>
        <translation>आरक्षण %1 बजे</translation>
    </message>
    <message>
        <source>no appointment due; arrival order: waiting since %1</source>
        <translation>समय भएको आरक्षण छैन; आगमन क्रम: %1 देखि पर्खिरहेको</translation>
    </message>
    <message>
        <source>appointment at %1, called early: no one else is waiting</source>
        <translation>%1 बजेको आरक्षण चाँडै बोलाइयो: अरू कोही पर्खिरहेको छैन</translation>
    </message>
    <message>
        <source>transferred to this counter; waiting since %1</source>
        <translation>यस काउन्टरमा सारिएको; %1 देखि पर्खिरहेको</translation>
    </message>
    <message>
        <source>called by number</source>
        <translation>नम्बरले बोलाइएको</translation>
    </message>
    <message>
        <source>returned from the pool</source>
        <translation>रोकिएकोबाट फर्काइएको</translation>
    </message>
    <message>
        <source>There is no counter %1.</source>
        <translation>काउन्टर %1 छैन।</translation>
    </message>
    <message>
        <source>There is no service &apos;%1&apos; at this office.</source>
        <translation>यस कार्यालयमा &apos;%1&apos; सेवा छैन।</translation>
    </message>
    <message>
        <source>No open ticket has the number %1.</source>
        <translation>नम्बर %1 भएको कुनै खुला टिकट छैन।</translation>
    </message>
    <message>
        <source>Choose between one and ten services.</source>
        <translation>एकदेखि दसवटासम्म सेवा छान्नुहोस्।</translation>
    </message>
    <message>
        <source>%1 is asked for twice.</source>
        <translation>%1 दुई पटक मागिएको छ।</translation>
    </message>
    <message>
        <source>The language &apos;%1&apos; is not offered at this office.</source>
        <translation>यस कार्यालयमा &apos;%1&apos; भाषा उपलब्ध छैन।</translation>
    </message>
    <message>
        <source>An appointment needs its code and its time.</source>
        <translation>आरक्षणलाई कोड र समय चाहिन्छ।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid outcome: use lower-case letters, digits and &apos;-&apos; (at most 32).</source>
        <translation>&apos;%1&apos; मान्य नतिजा होइन: साना अक्षर, अङ्क र &apos;-&apos; प्रयोग गर्नुहोस् (बढीमा ३२)।</translation>
    </message>
    <message>
        <source>The office is closed now.</source>
        <translation>कार्यालय अहिले बन्द छ।</translation>
    </message>
    <message>
        <source>The office is closed now. It opens again on %1 at %2.</source>
        <translation>कार्यालय अहिले बन्द छ। यो %1 मा %2 बजे फेरि खुल्छ।</translation>
    </message>
    <message>
        <source>All numbers of %1 (%2 to %3) are held by open visits; finish or cancel some first.</source>
        <translation>%1 का सबै नम्बर (%2 देखि %3) खुला भ्रमणले लिएका छन्; पहिले केही सक्नुहोस् वा रद्द गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different ticket request; use a new key.</source>
        <translation>यो Idempotency-Key अर्को टिकट अनुरोधमा प्रयोग भइसकेको छ; नयाँ कुञ्जी प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Counter %1 is paused; resume it before calling.</source>
        <translation>काउन्टर %1 रोकिएको छ; बोलाउनुअघि फेरि सुरु गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Counter %1 is closed; open it before calling.</source>
        <translation>काउन्टर %1 बन्द छ; बोलाउनुअघि खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>Counter %1 is already open.</source>
        <translation>काउन्टर %1 पहिले नै खुला छ।</translation>
    </message>
    <message>
        <source>Counter %1 is already paused.</source>
        <translation>काउन्टर %1 पहिले नै रोकिएको छ।</translation>
    </message>
    <message>
        <source>Counter %1 is closed.</source>
        <translation>काउन्टर %1 बन्द छ।</translation>
    </message>
    <message>
        <source>Counter %1 is still attending to %2; finish, transfer or park that visit first.</source>
        <translation>काउन्टर %1 अझै %2 लाई सेवा दिँदैछ; पहिले सक्नुहोस्, सार्नुहोस् वा रोक्नुहोस्।</translation>
    </message>
    <message>
        <source>Counter %1 has no visitor at the moment.</source>
        <translation>काउन्टर %1 मा अहिले कुनै आगन्तुक छैन।</translation>
    </message>
    <message>
        <source>No one is waiting for the services of counter %1.</source>
        <translation>काउन्टर %1 का सेवाका लागि कोही पर्खिरहेको छैन।</translation>
    </message>
    <message>
        <source>Counter %1 does not take %2 (%3); transfer the visit instead.</source>
        <translation>काउन्टर %1 ले %2 लिँदैन (%3); भ्रमण सार्नुहोस्।</translation>
    </message>
    <message>
        <source>%1 was transferred to counter %2.</source>
        <translation>%1 काउन्टर %2 मा सारिएको छ।</translation>
    </message>
    <message>
        <source>%1 is already at counter %2; there is no one to recall.</source>
        <translation>%1 पहिले नै काउन्टर %2 मा छ; फेरि बोलाउनुपर्ने कोही छैन।</translation>
    </message>
    <message>
        <source>%1 is already being served at counter %2; finish the visit instead.</source>
        <translation>%1 लाई पहिले नै काउन्टर %2 मा सेवा दिइँदैछ; भ्रमण सक्नुहोस्।</translation>
    </message>
    <message>
        <source>%1 is being served at counter %2; finish or transfer it there.</source>
        <translation>%1 लाई काउन्टर %2 मा सेवा दिइँदैछ; त्यहीँ सक्नुहोस् वा सार्नुहोस्।</translation>
    </message>
    <message>
        <source>%1 is already at counter %2 for that service.</source>
        <translation>%1 त्यो सेवाका लागि पहिले नै काउन्टर %2 मा छ।</translation>
    </message>
    <message>
        <source>The change could not be saved, so nothing was changed: %1</source>
        <translation>परिवर्तन सुरक्षित गर्न सकिएन, त्यसैले केही बदलिएन: %1</translation>
    </message>
    <message>
        <source>%1 is waiting in the queue.</source>
        <translation>%1 लाइनमा पर्खिरहेको छ।</translation>
    </message>
    <message>
        <source>%1 has already been called to counter %2.</source>
        <translation>%1 लाई पहिले नै काउन्टर %2 मा बोलाइएको छ।</translation>
    </message>
    <message>
        <source>%1 is already being served at counter %2.</source>
        <translation>%1 लाई पहिले नै काउन्टर %2 मा सेवा दिइँदैछ।</translation>
    </message>
    <message>
        <source>%1 is parked in the pool.</source>
        <translation>%1 रोकिएको सूचीमा छ।</translation>
    </message>
    <message>
        <source>%1 is no longer open.</source>
        <translation>%1 अब खुला छैन।</translation>
    </message>
    <message>
        <source>The route of the visit does not fit its services: each step may wait only for other services of the visit.</source>
        <translation>भ्रमणको मार्ग यसका सेवाहरूसँग मेल खाँदैन: प्रत्येक चरणले सोही भ्रमणका अन्य सेवाहरूलाई मात्र पर्खन सक्छ।</translation>
    </message>
    <message>
        <source>%1 has no such step still to come.</source>
        <translation>%1 मा यस्तो बाँकी चरण छैन।</translation>
    </message>
</context>
<context>
    <name>Madoguchi::StatusPage</name>
    <message>
        <source>Your ticket</source>
        <translation>तपाईंको टिकट</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>तपाईंको नम्बर</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>कृपया तपाईंको नम्बर नबोलाएसम्म पर्खनुहोस्।</translation>
    </message>
    <message>
        <source>Your number is called. Please come now.</source>
        <translation>तपाईंको नम्बर बोलाइयो। कृपया अहिले आउनुहोस्।</translation>
    </message>
    <message>
        <source>You are being served.</source>
        <translation>तपाईंको काम भइरहेको छ।</translation>
    </message>
    <message>
        <source>Please wait near the counters; staff will call you again.</source>
        <translation>कृपया काउन्टर नजिकै पर्खनुहोस्; कर्मचारीले तपाईंलाई फेरि बोलाउनुहुनेछ।</translation>
    </message>
    <message>
        <source>All your procedures are finished. Thank you.</source>
        <translation>तपाईंका सबै प्रक्रिया सकिए। धन्यवाद।</translation>
    </message>
    <message>
        <source>This ticket was cancelled.</source>
        <translation>यो टिकट रद्द गरियो।</translation>
    </message>
    <message>
        <source>You were called but not present. Please take a new ticket.</source>
        <translation>तपाईंलाई बोलाइयो तर तपाईं हुनुहुन्नथ्यो। कृपया नयाँ टिकट लिनुहोस्।</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>जानुहोस्: %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>तपाईंभन्दा अगाडि मानिसहरू: %1</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 minutes (for reference only)</source>
        <translation>अनुमानित प्रतीक्षा: %1–%2 मिनेट (सन्दर्भका लागि मात्र)</translation>
    </message>
    <message>
        <source>No wait estimate is available now.</source>
        <translation>अहिले प्रतीक्षाको अनुमान उपलब्ध छैन।</translation>
    </message>
    <message>
        <source>Your procedures</source>
        <translation>तपाईंका प्रक्रियाहरू</translation>
    </message>
    <message>
        <source>This page updates by itself.</source>
        <translation>यो पृष्ठ आफैं अद्यावधिक हुन्छ।</translation>
    </message>
    <message>
        <source>Connection lost; trying again…</source>
        <translation>जडान टुट्यो; फेरि प्रयास गर्दै…</translation>
    </message>
    <message>
        <source>This page reloads every 30 seconds.</source>
        <translation>यो पृष्ठ हरेक 30 सेकेन्डमा फेरि लोड हुन्छ।</translation>
    </message>
    <message>
        <source>Ticket not found</source>
        <translation>टिकट भेटिएन</translation>
    </message>
    <message>
        <source>No ticket has this link. It may belong to an earlier day. Please ask at the reception.</source>
        <translation>यो लिङ्कसँग मिल्ने कुनै टिकट छैन। यो अघिल्लो दिनको हुन सक्छ। कृपया सोधपुछ कक्षमा सोध्नुहोस्।</translation>
    </message>
    <message>
        <source>Get a message when your turn is near</source>
        <translation>तपाईंको पालो नजिक आउँदा सन्देश पाउनुहोस्</translation>
    </message>
    <message>
        <source>We send one message when few people are ahead of you and one when you are called. You can leave the waiting room meanwhile.</source>
        <translation>तपाईंभन्दा अगाडि थोरै मानिस बाँकी हुँदा एउटा र तपाईंलाई बोलाउँदा एउटा सन्देश पठाउँछौं। त्यतिन्जेल तपाईं प्रतीक्षा कक्षबाट बाहिर जान सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>इमेल ठेगाना</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>मोबाइल फोन नम्बर</translation>
    </message>
    <message>
        <source>Send me a message</source>
        <translation>मलाई सन्देश पठाउनुहोस्</translation>
    </message>
    <message>
        <source>Done. We will send you a message when your turn is near.</source>
        <translation>भयो। तपाईंको पालो नजिक आउँदा हामी सन्देश पठाउनेछौं।</translation>
    </message>
    <message>
        <source>We cannot send to this address. Please check it and try again.</source>
        <translation>यो ठेगानामा पठाउन सकिँदैन। कृपया जाँचेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This ticket cannot take more addresses.</source>
        <translation>यो टिकटमा थप ठेगाना राख्न सकिँदैन।</translation>
    </message>
    <message>
        <source>Sorry, this did not work. Please try again or ask at the reception.</source>
        <translation>माफ गर्नुहोस्, यो काम भएन। कृपया फेरि प्रयास गर्नुहोस् वा सोधपुछ कक्षमा सोध्नुहोस्।</translation>
    </message>
    <message>
        <source>You will be called at: %1 (%2)</source>
        <extracomment>Where a waiting visitor will be called: %1 is the service, %2 its counters (&quot;Counter 5, Counter 6&quot;)</extracomment>
        <translation>तपाईंलाई यहाँ बोलाइनेछ: %1 (%2)</translation>
    </message>
    <message>
        <source>You will be called at: %1</source>
        <extracomment>Where a waiting visitor will be called, when the service has more counters than fit on a line</extracomment>
        <translation>तपाईंलाई यहाँ बोलाइनेछ: %1</translation>
    </message>
</context>
<context>
    <name>Madoguchi::TicketText</name>
    <message>
        <source>Your number</source>
        <translation>तपाईंको नम्बर</translation>
    </message>
    <message>
        <source>%1 (counter %2)</source>
        <translation>%1 (काउन्टर %2)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <extracomment>The issue time on a ticket, as a QDateTime format; Japanese: &quot;yyyy年M月d日 H:mm&quot;</extracomment>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>जारी समय: %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>तपाईंभन्दा अगाडि: %1 जना</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 min (for reference only)</source>
        <translation>अनुमानित पर्खाइ: %1–%2 मिनेट (सन्दर्भका लागि मात्र)</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone.</source>
        <translation>आफ्नो पालो फोनमा हेर्न स्क्यान गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>कृपया आफ्नो नम्बर नबोलाइएसम्म पर्खनुहोस्।</translation>
    </message>
    <message>
        <source>Reservation at %1</source>
        <translation>आरक्षण %1 बजे</translation>
    </message>
    <message>
        <source>The clerk has your details: you will not need to write them.</source>
        <translation>तपाईंको विवरण कर्मचारीसँग छ: तपाईंले लेख्नुपर्ने छैन।</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>%1 of %2 digits entered</source>
        <extracomment>Read out instead of the digits: %1 digits of %2 entered</extracomment>
        <translation>%2 मध्ये %1 अङ्क हालियो</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>The PIN pad&apos;s keys beside 0: delete the last digit, and confirm the PIN</extracomment>
        <translation>मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ठीक छ</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <source>very crowded</source>
        <translation>अत्यधिक भीड</translation>
    </message>
    <message>
        <source>crowded</source>
        <translation>धेरै भीड</translation>
    </message>
    <message>
        <source>some waiting</source>
        <translation>केही भीड</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>थोरै भीड</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>लाइनहरू</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>कोही पर्खिरहेको छैन।</translation>
    </message>
    <message>
        <source>Longest wait: %1 min (%2)</source>
        <extracomment>%1 minutes, %2 the service</extracomment>
        <translation>सबैभन्दा लामो पर्खाइ: %1 मिनेट (%2)</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 जना पर्खिरहेका</translation>
    </message>
    <message>
        <source>longest %1 min</source>
        <extracomment>The one-stop visits on their way to this service from another counter, with what they bring</extracomment>
        <translation>सबैभन्दा लामो %1 मिनेट</translation>
    </message>
    <message>
        <source>parked: %1</source>
        <translation>पर्खाइमा: %1</translation>
    </message>
    <message>
        <source>coming: %1</source>
        <translation>आउँदै: %1</translation>
    </message>
</context>
<context>
    <name>ReservationPage</name>
    <message>
        <source>Check in your reservation</source>
        <translation>आरक्षण चेक इन</translation>
    </message>
    <message>
        <source>Hold the QR code of your reservation (on paper or on your phone) under the reader.</source>
        <translation>आफ्नो आरक्षणको QR कोड (कागजमा वा फोनमा) रिडरमुनि देखाउनुहोस्।</translation>
    </message>
    <message>
        <source>Or type the code of your reservation:</source>
        <translation>वा आफ्नो आरक्षणको कोड टाइप गर्नुहोस्:</translation>
    </message>
    <message>
        <source>Code typed so far: %1</source>
        <translation>टाइप गरिएको कोड: %1</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>चेक इन</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पछाडि</translation>
    </message>
    <message>
        <source>Delete one</source>
        <extracomment>Deletes the last character typed</extracomment>
        <translation>एउटा मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Deletes everything typed</extracomment>
        <translation>सबै मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Type all 8 characters</source>
        <extracomment>Why &quot;Check in&quot; cannot be pressed yet</extracomment>
        <translation>सबै ८ अक्षर टाइप गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>People waiting: %1</source>
        <translation>पर्खिरहेका मानिस: %1</translation>
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
        <translation>तपाईं कुन कामका लागि आउनुभएको हो?</translation>
    </message>
    <message>
        <source>The office is closed now. Please come back during opening hours.</source>
        <translation>अहिले कार्यालय बन्द छ। कृपया सेवा समयमा आउनुहोस्।</translation>
    </message>
    <message>
        <source>I have a reservation</source>
        <translation>मेरो आरक्षण छ</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <extracomment>The first line of the idle kiosk: %1 is the office&apos;s name</extracomment>
        <translation>%1 मा स्वागत छ</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>के तपाईं अझै यहाँ हुनुहुन्छ?</translation>
    </message>
    <message>
        <source>The kiosk returns to the start in %1 s. Touch “Continue” to go on.</source>
        <translation>किओस्क %1 सेकेन्डमा सुरुको स्क्रिनमा फर्किन्छ। जारी राख्न “जारी राख्नुहोस्” छुनुहोस्।</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Keeps the kiosk on the visitor&apos;s screen when asked &quot;Are you still there?&quot;</extracomment>
        <translation>जारी राख्नुहोस्</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your number</source>
        <translation>तपाईंको नम्बर</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>तपाईंभन्दा अगाडि: %1 जना</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>तपाईंको टिकट छापिँदैछ…</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>कृपया आफ्नो टिकट लिनुहोस्।</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>सकियो</translation>
    </message>
    <message>
        <source>QR code of your status page</source>
        <translation>तपाईंको स्थिति पृष्ठको QR कोड</translation>
    </message>
    <message>
        <source>Scan with your phone to see your turn coming.</source>
        <translation>आफ्नो पालो नजिकिँदै छ कि छैन हेर्न फोनले स्क्यान गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Please have these ready:</source>
        <translation>कृपया यी तयार राख्नुहोस्:</translation>
    </message>
    <message>
        <source>Please wait in the waiting area until the board calls your number.</source>
        <translation>बोर्डले तपाईंको नम्बर नबोलाएसम्म कृपया प्रतीक्षा क्षेत्रमा पर्खनुहोस्।</translation>
    </message>
    <message>
        <source>See your turn on your phone</source>
        <translation>आफ्नो पालो फोनमा हेर्नुहोस्</translation>
    </message>
    <message>
        <source>Back to the start in %1 s</source>
        <extracomment>How long until the kiosk shows its first screen again</extracomment>
        <translation>%1 सेकेन्डमा सुरुको स्क्रिनमा फर्किन्छ</translation>
    </message>
    <message>
        <source>The clerk has your details: you will not need to write them.</source>
        <translation>तपाईंको विवरण कर्मचारीसँग छ: तपाईंले लेख्नुपर्ने छैन।</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Try again</source>
        <translation>फेरि प्रयास गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>VisitPane</name>
    <message>
        <source>later</source>
        <translation>पछि</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>पर्खिरहेको</translation>
    </message>
    <message>
        <source>called</source>
        <translation>बोलाइएको</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>सेवा दिइँदै</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>पर्खाइमा</translation>
    </message>
    <message>
        <source>done</source>
        <translation>सकियो</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>आएनन्</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>सारिएको</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>No visitor at this counter.</source>
        <translation>यो काउन्टरमा कोही आगन्तुक छैनन्।</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>सेवा दिइँदै</translation>
    </message>
    <message>
        <source>Called, not yet here</source>
        <translation>बोलाइएको, अझै आएका छैनन्</translation>
    </message>
    <message>
        <source>Why this visitor: %1</source>
        <translation>यो व्यक्तिलाई किन बोलाइयो: %1</translation>
    </message>
</context>
</TS>
