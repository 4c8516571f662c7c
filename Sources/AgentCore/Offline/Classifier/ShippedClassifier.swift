// Generated from the training templates by
// `CLASSIFIER_REGENERATE=1 swift test --skip-build --filter FeatureCountsTests`; do not edit.

/// The intent model as trained from the templates, so no process pays for training.
enum ShippedClassifier {
    /// ``FeatureCounts/text`` of the generated training set.
    static let featureCounts = #"""
        add list complete delete reopen reschedule recur raisePriority lowerPriority retag rename note undo help greeting thanks acknowledgement offTopic chitChat
        <add>	0:124 9:8 11:48 13:2
        clean	0:21 2:1 3:1 4:1 10:6 11:1
        the	0:398 1:82 2:329 3:316 4:149 5:202 6:152 7:185 8:226 9:156 10:238 11:155 12:12 13:1 15:2 17:169 18:4
        windows	0:22 1:1 2:6 3:5 4:4 5:3 7:3 8:2 9:1 10:6 11:1
        <s> <add>	0:104 9:8 11:48
        <add> clean	0:5
        clean the	0:21 2:1 3:1 4:1 10:6 11:1
        the windows	0:22 1:1 2:6 3:5 4:4 5:3 7:3 8:2 9:1 10:6 11:1
        feed	0:23 1:1 2:1 4:1 10:5 11:4
        cat	0:23 1:2 2:19 3:18 4:11 5:12 6:12 7:12 8:14 9:9 10:14 11:12 18:7
        <add> feed	0:4
        feed the	0:23 1:1 2:1 4:1 10:5 11:4
        the cat	0:23 1:2 2:19 3:18 4:11 5:12 6:12 7:12 8:14 9:9 10:14 11:12 18:3
        make	0:66 2:1 3:1 4:4 5:4 6:26 7:14 8:21 10:9 11:2 17:30
        back	0:25 3:1 4:20 5:24 6:18 10:6 11:2 12:32
        up	0:77 1:43 2:18 3:3 4:1 7:8 10:13 11:5 14:1 17:34
        laptop	0:25 3:1 10:6 11:2
        <s> make	0:40 4:4 5:4 6:26 7:14 8:21 10:4 17:24
        make back	0:1
        back up	0:25 3:1 10:6 11:2
        up the	0:51 1:8 2:11 3:3 4:1 7:5 10:13 11:5 17:10
        the laptop	0:25 3:1 10:6 11:2
        put	0:38 4:8 5:12 7:8 8:4 9:12 11:20 12:2
        in	0:30 1:3 9:24 10:4 11:8 17:28
        see	0:20 1:21 2:1 10:4 11:2 16:1
        doctor	0:20 2:1 10:4 11:2
        <s> put	0:36 4:8 5:10 7:8 8:4 9:12 11:20 12:2
        put in	0:26
        in see	0:1
        see the	0:20 1:6 2:1 10:4 11:2
        the doctor	0:20 2:1 10:4 11:2
        set	0:26 2:4 4:4 5:8 6:4 7:14 8:21 11:4
        email	0:22 1:1 2:1 3:1 10:6 11:3
        school	0:22 1:1 2:5 3:5 4:1 5:3 7:2 8:1 9:1 10:6 11:3 17:8 18:1
        <s> set	0:24 2:4 4:4 5:8 6:4 7:14 8:21 11:4
        set up	0:26
        up email	0:1
        email the	0:22 1:1 2:1 3:1 10:6 11:3
        the school	0:22 1:1 2:5 3:5 4:1 5:3 7:2 8:1 9:1 10:6 11:3
        pick	0:26 2:2 3:2 4:1 10:7 11:3
        parcel	0:26 2:7 3:5 4:3 5:4 7:3 8:2 9:2 10:7 11:3
        <add> pick	0:2
        pick up	0:26 2:2 3:2 4:1 10:7 11:3
        the parcel	0:26 2:7 3:5 4:3 5:4 7:3 8:2 9:2 10:7 11:3
        write	0:30 11:24 17:54
        down	0:68 8:4 11:4
        water	0:22 2:20 3:20 4:11 5:12 6:15 7:13 8:16 9:10 10:14 11:12
        lawn	0:22 1:1 2:24 3:24 4:13 5:15 6:15 7:15 8:17 9:11 10:14 11:12
        <s> write	0:28 11:24 17:30
        write down	0:26 11:4
        down water	0:3
        water the	0:22 2:20 3:20 4:11 5:12 6:15 7:13 8:16 9:10 10:14 11:12
        the lawn	0:22 1:1 2:24 3:24 4:13 5:15 6:15 7:15 8:17 9:11 10:14 11:12
        note	0:50 11:28
        book	0:20 1:1 2:1 10:5 11:3 17:3
        a	0:143 1:9 2:1 3:4 5:28 6:86 7:26 8:60 9:16 10:9 11:93 12:2 13:2 15:4 17:192 18:10
        barber	0:20 1:1 2:1 10:5 11:3
        <s> note	0:36 11:4
        note down	0:30
        down book	0:3
        book a	0:20 1:1 2:1 10:5 11:3 17:3
        a barber	0:20 1:1 2:1 10:5 11:3
        return	0:24 2:26 3:26 4:12 5:16 6:15 7:14 8:19 9:13 10:14 11:12
        library	0:24 2:1 3:1 10:5 11:2
        books	0:24 2:1 3:1 10:5 11:2
        <add> return	0:4
        return the	0:24 2:1 3:1 10:5 11:2
        the library	0:24 2:1 3:1 10:5 11:2
        library books	0:24 2:1 3:1 10:5 11:2
        task	0:62 1:4 2:67 3:71 4:41 5:47 6:73 7:45 8:60 9:37 10:31 11:36 13:1
        to	0:255 1:24 2:14 3:17 4:12 5:100 6:4 7:8 8:4 9:12 10:66 11:73 12:2 13:4 14:1 16:1 17:33
        mow	0:20 1:1 2:1 3:2 10:5 11:1
        grass	0:20 1:1 2:1 3:2 10:5 11:1
        <add> a	0:40 11:20 13:1
        a task	0:36 1:3 13:1
        task to	0:18 5:17 7:1 8:2 9:3 10:11
        to mow	0:9 3:2 10:1
        mow the	0:20 1:1 2:1 3:2 10:5 11:1
        the grass	0:20 1:1 2:1 3:2 10:5 11:1
        check	0:23 1:15 2:22 3:1 4:1 10:6 11:3
        tire	0:23 2:2 3:1 4:1 10:6 11:3 17:4
        pressure	0:23 2:2 3:1 4:1 10:6 11:3
        to check	0:11 2:2 3:1 10:1
        check the	0:23 1:3 2:5 3:1 4:1 10:6 11:3
        the tire	0:23 2:2 3:1 4:1 10:6 11:3
        tire pressure	0:23 2:2 3:1 4:1 10:6 11:3
        visit	0:24 4:1 10:7 11:4
        grandpa	0:24 4:1 10:7 11:4
        make a	0:18
        to visit	0:10 10:1
        visit grandpa	0:24 4:1 10:7 11:4
        <show>	0:18 1:46 2:1 10:4 11:2 13:1
        flat	0:18 1:1 2:1 10:4 11:2 17:4
        buyers	0:18 1:1 2:1 10:4 11:2
        in a	0:10 17:4
        to <show>	0:5 10:1
        <show> the	0:18 1:10 2:1 10:4 11:2
        the flat	0:18 1:1 2:1 10:4 11:2
        flat to	0:18 1:1 2:1 10:4 11:2
        to the	0:36 1:1 2:1 5:3 9:7 10:4 11:37 17:9
        the buyers	0:18 1:1 2:1 10:4 11:2
        buy	0:21 2:1 3:1 10:5 11:2
        stamps	0:21 2:1 3:1 10:5 11:2
        up a	0:10 17:24
        to buy	0:6 3:1 10:2
        buy stamps	0:21 2:1 3:1 10:5 11:2
        send	0:24 3:1 10:7 11:3 17:3
        invoice	0:25 1:1 2:20 3:23 4:10 5:13 6:13 7:14 8:16 9:11 10:15 11:13
        to send	0:11 3:1 10:1
        send the	0:24 3:1 10:7 11:3
        the invoice	0:25 1:1 2:20 3:23 4:10 5:13 6:13 7:14 8:16 9:11 10:15 11:13
        pay	0:20 1:1 2:2 3:1 10:4 11:2
        phone	0:20 1:2 2:7 3:5 4:3 5:4 7:3 8:2 9:2 10:4 11:2 17:6
        bill	0:20 1:2 2:7 3:5 4:3 5:4 7:3 8:2 9:2 10:4 11:2
        down a	0:20
        to pay	0:9 2:1 3:1 10:1
        pay the	0:20 1:1 2:2 3:1 10:4 11:2
        the phone	0:20 1:2 2:7 3:5 4:3 5:4 7:3 8:2 9:2 10:4 11:2
        phone bill	0:20 1:2 2:7 3:5 4:3 5:4 7:3 8:2 9:2 10:4 11:2
        plan	0:20 2:1 3:5 4:1 10:6 11:1
        trip	0:20 2:1 3:1 4:1 10:6 11:1
        to plan	0:9 2:1 3:1 10:1
        plan the	0:20 2:1 3:1 4:1 10:6 11:1
        the trip	0:20 2:1 3:1 4:1 10:6 11:1
        fix	0:24 2:1 4:1 10:10 11:4 17:4
        tap	0:24 2:1 4:1 10:6 11:4
        to fix	0:10 10:1
        fix the	0:24 2:1 4:1 10:10 11:4
        the tap	0:24 2:1 4:1 10:6 11:4
        new	0:44 10:5 11:3 13:1
        dinner	0:20 2:1 3:1 10:5 11:2 17:3
        a new	0:18
        new task	0:18
        task make	0:2
        make dinner	0:20 2:1 3:1 10:5 11:2
        list	0:57 1:95 2:57 3:73 4:4 7:4 8:4 9:8 10:6 11:3
        things	0:23 1:3 2:1 3:1 10:6 11:3 13:2 14:1
        pack	0:23 2:1 3:1 10:6 11:3
        task list	0:2
        list the	0:23 1:3 2:1 3:1 10:6 11:3
        the things	0:23 2:1 3:1 10:6 11:3
        things to	0:23 2:1 3:1 10:6 11:3
        to pack	0:23 2:1 3:1 10:6 11:3
        call	0:23 1:1 2:1 3:1 10:9 11:2
        grandma	0:23 1:11 2:5 3:4 4:2 5:3 7:2 8:1 9:1 10:5 11:2 17:10 18:1
        task call	0:2
        call grandma	0:23 1:1 2:1 3:1 10:5 11:2
        task clean	0:1
        task feed	0:3 10:1 11:1
        task back	0:1 4:4 10:1 11:1
        task see	0:1 10:1 11:1
        task email	0:1 10:1 11:2
        task pick	0:2
        <date>	0:104 1:52 2:24 5:228 17:3 18:3
        <add> book	0:4
        barber <date>	0:8
        books <date>	0:4
        order	0:22 10:5 11:3
        glasses	0:22 10:5 11:3
        make order	0:1
        order new	0:22 10:5 11:3
        new glasses	0:22 10:5 11:3
        glasses <date>	0:3
        in mow	0:1
        grass <date>	0:5 2:1
        up check	0:1
        pressure <date>	0:3
        <add> visit	0:2
        grandpa <date>	0:6
        down <show>	0:2
        buyers <date>	0:6
        down buy	0:2
        stamps <date>	0:4
        <add> send	0:3
        invoice <date>	0:4 2:1 5:1
        <remember>	0:62 1:3 11:4
        a <remember>	0:26
        <remember> to	0:34
        trip <date>	0:3
        tap <date>	0:8
        get	0:21 1:5 3:12 5:4 7:4 10:4 11:2 13:1
        haircut	0:21 1:1 2:16 3:19 4:9 5:11 6:13 7:11 8:14 9:8 10:11 11:11
        to get	0:5 10:1
        get a	0:21 1:1 10:4 11:2
        a haircut	0:21 1:1 10:4 11:2
        haircut <date>	0:5
        to make	0:7 3:1 10:2
        dinner <date>	0:3
        to list	0:8 3:1 10:1
        pack <date>	0:2 2:1
        to call	0:9 2:1 3:1 10:1
        grandma <date>	0:5
        to clean	0:7 2:1 3:1 10:1
        windows <date>	0:3 2:1
        to feed	0:6 10:1
        cat <date>	0:7
        to back	0:5 3:1 10:2
        laptop <date>	0:4
        todo	0:30 1:11 2:37 3:40 4:21 5:23 6:26 7:24 8:30 9:18 10:17 11:17
        for	0:40 1:21 2:24 3:8 5:24 8:8 9:4 11:24 13:1 15:4 17:44
        a todo	0:18
        todo for	0:18
        for email	0:2
        for pick	0:2
        for water	0:2 5:2 11:1
        for book	0:1
        for return	0:1
        for order	0:1
        for mow	0:1
        for check	0:1
        for visit	0:1
        an	0:18 1:3 17:6
        item	0:18 2:71 3:74 4:36 5:47 6:57 7:46 8:60 9:36 10:32 11:40
        called	0:18 10:4
        <add> an	0:8
        an item	0:18
        item called	0:18
        called buy	0:2
        called send	0:2
        make an	0:2
        called pay	0:2
        in an	0:2 17:3
        called plan	0:1
        up an	0:2
        called fix	0:1 10:1
        called get	0:1
        down an	0:4
        called make	0:1
        called list	0:1
        called call	0:1
        cat to	0:2
        the list	0:22 1:19 2:32 3:32 4:4 7:4 8:4
        <add> back	0:5
        laptop to	0:2
        make see	0:2
        doctor to	0:2
        in email	0:2
        school to	0:1
        up pick	0:2
        parcel to	0:1
        <add> water	0:4
        lawn to	0:1 5:4 10:4
        barber to	0:1
        down return	0:4
        books to	0:1
        <add> order	0:4
        glasses to	0:1
        it	0:22 3:16 4:28 9:4 12:19 15:1 16:2 17:14 18:10
        is	0:18 1:106 2:48 3:64 4:64 5:20 6:22 7:74 8:103 9:16 10:8 12:1 13:1 14:1 15:1 17:72 18:35
        <urgent>	0:18 1:18 7:96 8:76
        task check	0:2
        pressure it	0:2
        it is	0:18 3:8 4:28 18:7
        is <urgent>	0:18 7:28
        task visit	0:3
        grandpa it	0:2
        task <show>	0:3
        buyers it	0:2
        task buy	0:2
        stamps it	0:1
        task send	0:2
        invoice it	0:1 4:2
        task pay	0:2
        bill it	0:1
        task plan	0:2
        trip it	0:1
        task fix	0:3
        tap it	0:1
        task get	0:3
        haircut it	0:1
        garden	0:5 1:5 9:33 17:6
        <add> list	0:2
        pack garden	0:1
        chores	0:4 1:2 9:35
        <add> call	0:3
        grandma chores	0:1
        make clean	0:1
        windows garden	0:1
        in feed	0:1
        cat chores	0:1
        up back	0:1
        laptop garden	0:1
        <add> see	0:5
        doctor chores	0:1
        down email	0:1
        school garden	0:1
        down pick	0:3
        parcel chores	0:1
        lawn garden	0:1
        could	0:30
        you	0:38 2:28 5:20 12:6 13:14 14:3 15:8 17:85 18:6
        <s> could	0:26
        could you	0:26
        you <add>	0:12
        you make	0:6 17:6
        make mow	0:1
        you put	0:2 5:2
        in check	0:1
        you set	0:2
        up visit	0:1
        <add> <show>	0:5
        you write	0:2 17:24
        you note	0:6
        down send	0:1
        <add> pay	0:2
        me	0:50 1:23 2:24 13:4 16:2 17:86 18:4
        <add> fix	0:3
        tap for	0:2
        for me	0:18 2:24 17:30
        <add> get	0:4
        haircut for	0:2
        make make	0:2
        dinner for	0:2
        in list	0:2
        pack for	0:1
        up call	0:2
        grandma for	0:1
        windows for	0:1 8:1
        down feed	0:3
        cat for	0:1
        down back	0:3
        laptop for	0:1
        doctor for	0:1
        every	0:22 6:120
        week	0:18 6:48 18:4
        parcel every	0:3
        every week	0:18 6:24
        lawn every	0:2 6:1
        make book	0:1
        barber every	0:2
        in return	0:1
        books every	0:1
        up order	0:1
        glasses every	0:1
        <add> mow	0:2
        grass every	0:1
        down check	0:2
        pressure every	0:2
        down visit	0:1
        grandpa every	0:1
        buyers every	0:1
        <add> plan	0:2
        make get	0:1
        in make	0:1
        up list	0:1
        down clean	0:2
        to email	0:8 3:1 10:1
        to pick	0:11 2:2 3:2 10:2
        to water	0:6 10:1 11:5
        to book	0:5 10:1
        to return	0:5 3:1 10:2
        to order	0:8 10:1
        doctor <date>	0:3
        school <date>	0:3 2:1
        parcel <date>	0:4 2:1 5:1
        lawn <date>	0:3 5:3
        bill <date>	0:4 2:1 5:1
        for list	0:1
        for call	0:1
        for clean	0:1
        for feed	0:1
        for back	0:1
        for see	0:1
        called return	0:1
        called order	0:1
        called mow	0:1
        called check	0:1
        called visit	0:1 10:1
        called <show>	0:1
        tap to	0:1
        haircut to	0:1
        dinner to	0:1
        pack to	0:1
        grandma to	0:1
        windows to	0:1
        parcel it	0:1
        task water	0:2
        lawn it	0:1 4:1
        task book	0:2
        barber it	0:1
        task return	0:1
        books it	0:1
        task order	0:1 11:1
        glasses it	0:1
        task mow	0:1
        grass it	0:1
        hobby	0:5 1:9 9:29
        invoice hobby	0:1 9:1
        family	0:4 1:9 9:32
        bill family	0:1
        make plan	0:1
        trip hobby	0:1
        in fix	0:1
        tap family	0:1
        up get	0:1
        haircut hobby	0:1
        <add> make	0:2
        dinner family	0:1
        down list	0:1
        pack hobby	0:1
        down call	0:2
        grandma family	0:1
        windows hobby	0:1
        make email	0:1
        in pick	0:1
        up water	0:1 2:1 7:1
        down order	0:1
        grandpa for	0:1
        buyers for	0:1
        make buy	0:1
        stamps for	0:1
        in send	0:1
        invoice for	0:1
        up pay	0:1
        bill for	0:1
        trip for	0:1
        down fix	0:1
        down get	0:2
        grandma every	0:1
        windows every	0:2
        make feed	0:1
        cat every	0:1
        in back	0:1
        laptop every	0:1
        up see	0:1
        doctor every	0:1
        <add> email	0:1
        school every	0:1
        <s> <remember>	0:24 1:3 11:4
        <remember> me	0:16 1:3
        me to	0:12
        about	0:4 1:9 3:16 8:4 17:64
        me about	0:4
        about make	0:1
        i	0:104 1:100 2:52 3:28 4:28 5:16 6:18 10:4 12:4 13:16 16:1 17:48 18:35
        must	0:12
        <s> i	0:76 1:3 2:52 3:28 4:24 5:16 6:18 10:4 12:3 13:4 16:1 17:34 18:35
        i must	0:8
        must book	0:1
        need	0:28 3:32 13:1
        i need	0:16 13:1
        need to	0:28 3:12
        have	0:12 1:52 2:8 3:4 4:8 5:4 6:18 17:3
        got	0:12 1:11 2:20 3:8 5:4 16:3
        i have	0:8 1:23 2:8 4:8
        have got	0:4
        got to	0:12
        should	0:16 1:8 5:8 6:40 7:4 8:4 9:12 10:12 13:1 17:10
        i should	0:16
        should buy	0:3
        want	0:12 1:3 3:4 10:4 12:1 17:34
        i want	0:12 1:3 10:4 17:34
        want to	0:8 1:3 17:10
        i got	0:4 1:11 2:4
        we	0:4 2:4 3:16
        <s> we	0:4 2:4 3:12
        we need	0:4
        <s> need	0:4
        <s> must	0:4
        must fix	0:2
        do	0:16 1:44 3:24 5:24 6:36 7:4 8:4 12:1 13:17 17:33 18:3
        not	0:24 3:64 4:88 5:12 6:4 7:8 8:104 12:4 18:3
        forget	0:24 3:16 18:3
        <s> do	0:12 1:6 3:4 5:8 6:18 7:4 8:4 17:16
        do not	0:16 3:24 8:4 18:3
        not forget	0:16
        forget to	0:20
        sure	0:12 16:2
        make sure	0:12
        sure i	0:12
        i back	0:1
        <remember> visit	0:1
        <s> new	0:4
        new todo	0:4
        todo call	0:1
        <s> todo	0:4 2:5 3:4 4:4 5:6 6:14 7:9 8:16 9:2 10:2 11:1
        todo order	0:1
        <s> task	0:4
        <remember> water	0:2
        self	0:12
        note to	0:12 11:12
        to self	0:12
        self pay	0:1
        self see	0:1
        <s> <show>	0:1 1:45 13:1
        day	0:4 6:48 14:1 17:3 18:7
        <s> clean	0:1
        every day	0:4 6:24
        high	0:4 1:10 7:30
        priority	0:4 1:13 7:78 8:96
        <s> mow	0:1
        grass high	0:1
        high priority	0:4 1:10 7:22
        on	0:12 1:43 2:24 4:4 5:4 6:22 8:20 9:4 11:44 13:1 17:4
        put make	0:1
        dinner on	0:1
        on the	0:4 1:3 2:24 4:4 5:4 6:4 8:14 9:1 11:27
        stick	0:4
        my	0:13 1:102 2:33 3:48 4:3 5:4 7:8 8:3 9:3 12:6 13:1 18:15
        <s> stick	0:4
        stick book	0:1
        barber on	0:1
        on my	0:8 1:21
        my todo	0:4 1:10 3:4
        todo list	0:4 1:10 3:4
        write plan	0:1
        trip on	0:1
        my list	0:8 1:28 2:24 3:36
        <add> to	0:4 11:4
        to my	0:4
        list email	0:1
        one	0:4 1:1 2:54 3:58 4:27 5:34 6:40 7:33 8:43 9:26 10:25 11:27 12:7 15:1
        more	0:4 3:8 7:4 8:21 11:4
        thing	0:5 2:5 3:8 4:3 5:4 6:18 7:4 8:7 9:7 12:1 13:1 16:1
        <s> one	0:4
        one more	0:4
        more thing	0:4
        thing buy	0:1
        another	0:4
        <s> another	0:4
        another task	0:4
        want a	0:4 17:24
        can	0:12 1:3 2:32 3:16 5:36 7:8 8:24 13:9 17:53
        <s> can	0:12 1:3 5:20 13:1 17:53
        can i	0:4 1:3 13:4
        i <add>	0:4 13:1
        let	0:12 1:3 5:8
        <s> let	0:4 1:3 5:8
        let me	0:12 1:3
        me <add>	0:4
        a note	0:4 11:20
        self to	0:4
        this	0:4 11:20 13:6 17:3 18:3
        <add> this	0:4 11:20
        this down	0:4
        will	0:4 3:8 5:16 17:6
        i will	0:4 5:12
        will need	0:4
        about buy	0:1
        must feed	0:1
        should return	0:3
        must visit	0:2
        i get	0:1 1:5 13:1
        todo pay	0:1
        todo see	0:1
        <remember> clean	0:2
        self mow	0:1
        self make	0:1
        <s> book	0:1
        <s> plan	0:1
        trip every	0:1
        <s> email	0:1
        school high	0:1
        put buy	0:1
        stamps on	0:1
        stick feed	0:1
        cat on	0:1
        write check	0:1
        pressure on	0:1
        list list	0:1
        thing return	0:1
        about return	0:1
        should back	0:3
        must water	0:1
        to see	0:6 1:3 10:1
        i <show>	0:1 1:1
        todo mow	0:1
        todo make	0:1
        <remember> plan	0:2
        self email	0:1
        self buy	0:1
        <s> feed	0:1
        <s> check	0:1 1:15 2:16
        <s> list	0:1 1:18
        pack high	0:1
        put return	0:1
        books on	0:1
        stick fix	0:1
        tap on	0:1
        write pick	0:1
        parcel on	0:1
        list send	0:1
        thing back	0:1
        down pay	0:1
        about back	0:1
        should get	0:2
        must clean	0:1
        i book	0:1 1:1
        todo email	0:1
        todo buy	0:1
        <remember> check	0:1
        self list	0:1
        self return	0:1
        <s> fix	0:1 10:4
        <s> pick	0:1
        <s> send	0:1
        invoice high	0:1 7:1
        put back	0:1
        laptop on	0:1
        stick visit	0:1
        grandpa on	0:1
        write call	0:1
        grandma on	0:1
        list order	0:1
        thing get	0:1
        down mow	0:1
        open	1:30 4:12
        tasks	1:108
        <show> my	1:12
        my open	1:10
        open tasks	1:10
        list my	1:4
        <s> see	1:15
        see my	1:7
        print	1:15
        <s> print	1:15
        print my	1:4
        bring	1:15 4:4 12:1
        <s> bring	1:15 4:4 12:1
        bring up	1:15
        up my	1:8
        pull	1:15
        <s> pull	1:15
        pull up	1:15
        read	1:15 10:4
        out	1:15 2:44 3:12 4:8 18:8
        <s> read	1:15
        read out	1:15
        out my	1:4
        check my	1:4
        all	1:10 2:12 3:4 4:8 14:1 16:2
        <show> all	1:3
        all tasks	1:10
        list all	1:1
        see all	1:1
        print all	1:1
        up all	1:2
        out all	1:1
        check all	1:1
        print the	1:3
        out the	1:3 2:17 3:2 4:3
        everything	1:13
        <show> everything	1:3
        everything on	1:10
        list everything	1:1
        see everything	1:1
        print everything	1:1
        up everything	1:2
        out everything	1:1
        check everything	1:1
        what	1:131 12:7 13:18 14:1 17:51 18:7
        pending	1:14 4:12
        <show> what	1:6
        what is	1:76 14:1 17:39
        is pending	1:10
        list what	1:2
        see what	1:2
        print what	1:2
        up what	1:4
        out what	1:2
        check what	1:2
        <finish>	1:19 2:92 4:52
        ones	1:16
        the <finish>	1:10
        <finish> ones	1:10
        tagged	1:13 9:4
        finance	1:7 9:31
        <show> tasks	1:6
        tasks tagged	1:10
        tagged finance	1:6 9:1
        health	1:11 9:32
        list tasks	1:2
        tagged health	1:5 9:1
        see tasks	1:2
        print tasks	1:2
        up tasks	1:4
        out tasks	1:2
        check tasks	1:2
        the hobby	1:5 9:3
        hobby list	1:5 9:1
        the family	1:6 9:5
        family list	1:5 9:2
        due	1:24 5:32
        is due	1:17 5:8
        due <date>	1:16 5:12
        my high	1:10
        priority tasks	1:13
        <did>	1:13 2:92 3:4 4:11 9:4 16:2 17:10 18:4
        by	1:13 4:8 5:4 16:1
        date	1:13 5:28
        tasks <did>	1:10
        <did> by	1:10
        by date	1:13
        whole	1:10
        <show> me	1:3 13:1
        me the	1:10 17:20
        the whole	1:10
        whole list	1:10
        list me	1:1
        see me	1:1
        print me	1:1
        up me	1:2
        out me	1:1
        check me	1:1
        items	1:10
        <show> open	1:3
        open items	1:10
        list open	1:1
        see open	1:1
        print open	1:1
        up open	1:2
        out open	1:1
        check open	1:1
        agenda	1:16
        my agenda	1:13
        <s> what	1:108 13:17 14:1 17:51 18:7
        is on	1:13
        what have	1:10
        have i	1:26
        left	1:17
        is left	1:6
        left to	1:3
        to do	1:20 12:1 13:1
        still	1:14 4:12
        what do	1:11 13:3 17:3
        do i	1:20 13:7 17:4
        i still	1:3
        still have	1:3
        have to	0:8 1:6 3:4 5:4
        is still	1:7 4:4
        still open	1:7 4:4
        what tasks	1:3
        tasks do	1:3
        outstanding	1:3
        is outstanding	1:3
        coming	1:3
        is coming	1:3
        coming up	1:3
        next	1:7
        is next	1:3
        anything	1:47
        <s> anything	1:29
        anything due	1:7
        anything for	1:3
        for chores	1:1 9:1
        have anything	1:3
        anything <date>	1:3
        any	1:7 3:8 8:21 13:1 17:8
        have any	1:3
        any tasks	1:3
        how	1:25 6:4 12:2 13:11 14:2 17:45
        many	1:6 15:2 17:11
        are	1:15 2:4 13:5 14:2 15:2 17:6 18:6
        <s> how	1:25 6:4 13:10 14:2 17:45
        how many	1:6 17:11
        many things	1:3
        things are	1:3
        are left	1:3
        many tasks	1:3
        tasks are	1:6
        are open	1:3
        much	1:7 8:4 15:5 18:4
        how much	1:3
        much is	1:3
        did	1:15 2:20 4:16 12:8
        what did	1:7
        did i	1:15
        i <finish>	1:6 2:4 4:4
        far	1:3 17:3
        <finish> far	1:3
        which	1:9
        done	1:25 2:52 4:28 5:8 7:4 8:4 13:1
        <s> which	1:9
        which tasks	1:6
        are done	1:3
        overdue	1:3
        which ones	1:3
        ones are	1:3
        are overdue	1:3
        what are	1:3 13:4
        are my	1:3 13:1
        my tasks	1:19
        <s> tasks	1:9
        <s> the	1:9 2:62 3:56 4:43 5:49 6:63 7:79 8:76 9:36 10:14 11:1 18:4
        <s> my	1:6 2:7 3:1 4:2 5:2 7:4 8:3 9:3 12:1 18:11
        <s> agenda	1:3
        search	1:3
        landlord	1:9 17:10 18:1
        <s> search	1:3
        search the	1:1
        the landlord	1:9 17:10 18:1
        look	1:12 17:10
        <s> look	1:9 17:10
        look for	1:3
        for the	1:1 3:3 5:10 11:16 15:1 17:1
        look up	1:6 17:10
        landlord in	1:1 17:2
        in my	1:3
        find	1:3
        <s> find	1:3
        find anything	1:3
        anything about	1:6
        about the	1:3 3:10 8:3 17:30
        mentioning	1:3
        tasks mentioning	1:3
        mentioning the	1:1
        mention	1:3
        tasks mention	1:3
        mention the	1:1
        there	1:7 3:4 8:4 13:2 14:5
        <s> is	1:19 13:1 17:10
        is there	1:7 13:1
        there a	1:3 13:1
        task about	1:3
        is tagged	1:3
        tagged garden	1:1 9:1
        only	1:3
        <s> only	1:3
        only health	1:1
        health tasks	1:2
        family ones	1:1
        <s> chores	1:1
        chores tasks	1:1
        <s> <urgent>	1:3
        <urgent> tasks	1:3
        stuff	1:11 13:1 16:2
        the <urgent>	1:3
        <urgent> stuff	1:3
        low	1:3 8:60
        <s> low	1:3
        low priority	1:3 8:52
        sort	1:3
        <s> sort	1:3
        sort my	1:3
        tasks by	1:3
        including	1:3
        <s> everything	1:3
        everything including	1:3
        including done	1:3
        and	1:3 2:32
        <reopen>	1:3 4:76 12:1
        <s> <finish>	1:3 2:48
        <finish> and	1:3
        and <reopen>	1:3
        <reopen> tasks	1:3
        what i	1:6 12:1
        have done	1:3
        planned	1:3
        is planned	1:3
        planned for	1:3
        for <date>	0:4 1:11 5:4
        on <date>	1:7
        happening	1:3 3:16 5:4
        is happening	1:3 5:4
        happening <date>	1:3 5:4
        give	1:7 5:4 7:4 8:4 9:8 11:4 13:1 17:3
        overview	1:7
        <s> give	1:7 5:4 7:4 8:4 9:8 11:4 13:1 17:3
        give me	1:7 13:1 17:3
        me an	1:3
        an overview	1:3
        me what	1:3 13:1
        was	1:3 2:8 4:12 12:7 17:3
        supposed	0:4 1:3
        what was	1:3
        was i	1:3
        i supposed	1:3
        supposed to	0:4 1:3
        at	1:3 7:4 8:4
        me look	1:3
        look at	1:3
        at my	1:3
        i see	1:3 16:1
        for family	1:2 9:1
        search grandma	1:1
        for grandma	1:1 17:1
        up grandma	1:2
        grandma in	1:1 17:2
        about grandma	1:3 17:8
        mentioning grandma	1:1
        mention grandma	1:1
        tagged hobby	1:1 9:1
        only garden	1:1
        garden tasks	1:1
        the health	1:1 9:3
        health ones	1:1
        <s> family	1:1
        family tasks	1:1
        for health	1:2 9:1
        taxes	1:9 17:10 18:1
        search taxes	1:1
        for taxes	1:1 17:1
        up taxes	1:2
        taxes in	1:1 17:2
        about taxes	1:3 17:8
        mentioning taxes	1:1
        mention taxes	1:1
        only hobby	1:1
        hobby tasks	1:1
        the garden	1:1 9:1 17:6
        garden ones	1:1
        <s> health	1:1
        <finish> water	2:4 4:1
        car	1:1 2:23 3:25 4:11 5:15 6:15 7:14 8:17 9:11 10:9 11:10 17:6 18:3
        <finish> the	2:30 4:3
        the car	1:1 2:23 3:25 4:11 5:15 6:15 7:14 8:17 9:11 10:9 11:10 17:6
        car one	2:19 3:21 4:9 5:12 6:15 7:11 8:15 9:9 10:9 11:10
        off	2:128 3:28 4:4 5:12 8:4
        tax	0:1 2:30 3:29 4:15 5:20 6:15 7:18 8:22 9:16 10:9 11:10
        <finish> off	2:16
        off the	2:71 3:4 5:7 8:2
        the tax	2:25 3:25 4:12 5:16 6:15 7:14 8:19 9:13 10:9 11:10
        tax return	2:25 3:25 4:12 5:16 6:15 7:14 8:19 9:13 10:9 11:10
        <num>	1:2 2:125 3:126 4:67 5:81 6:120 7:81 8:104 9:63 10:58 11:65 17:15
        check off	2:16
        off <num>	2:7 5:1 8:1
        cross	2:36
        food	1:1 2:18 3:18 4:10 5:12 6:12 7:12 8:14 9:9 10:9 11:8
        <s> cross	2:28
        cross off	2:16
        cat food	1:1 2:18 3:18 4:10 5:12 6:12 7:12 8:14 9:9 10:9 11:8
        food one	1:1 2:18 3:18 4:10 5:12 6:12 7:12 8:14 9:9 10:9 11:8
        cross out	2:16
        out todo	2:5 3:1
        todo <num>	2:20 3:20 4:10 5:11 6:13 7:12 8:15 9:10 10:9 11:9
        scratch	2:20
        <s> scratch	2:16
        scratch off	2:16
        off water	2:7 5:1
        knock	2:16
        <s> knock	2:12
        knock off	2:16
        strike	2:16 3:4
        <s> strike	2:12 3:4
        strike off	2:16
        close	2:16
        <s> close	2:12
        close out	2:16
        out <num>	2:3
        wrap	2:16
        <s> wrap	2:12
        wrap up	2:16
        mark	2:24 4:8 7:14 8:21 9:16 13:1
        <s> mark	2:20 4:8 7:14 8:21 9:16
        mark off	2:16
        off todo	2:11 8:1
        number	1:2 2:52 3:52 4:30 5:38 6:43 7:37 8:46 9:26 10:25 11:28
        <finish> number	2:3
        number <num>	1:2 2:52 3:52 4:30 5:38 6:43 7:37 8:46 9:26 10:25 11:28
        <finish> item	2:9 4:2
        item number	2:19 3:19 4:9 5:13 6:16 7:12 8:16 9:9 10:9 11:11
        off item	2:18 5:2
        item <num>	2:34 3:36 4:18 5:22 6:27 7:22 8:29 9:18 10:15 11:19
        report	2:23 3:23 4:10 5:13 6:13 7:13 8:17 9:10 10:7 11:9
        the report	2:23 3:23 4:10 5:13 6:13 7:13 8:17 9:10 10:7 11:9
        report one	2:17 3:19 4:8 5:10 6:13 7:10 8:14 9:8 10:7 11:9
        todo number	1:1 2:17 3:16 4:11 5:12 6:13 7:12 8:15 9:8 10:8 11:8
        off number	2:6 5:1
        up item	2:2 7:1
        laundry	2:22 3:21 4:14 5:16 6:14 7:14 8:17 9:11 10:8 11:9
        now	2:36 3:32 5:20 6:18 7:34 8:12
        the laundry	2:22 3:21 4:14 5:16 6:14 7:14 8:17 9:11 10:8 11:9
        laundry task	2:17 3:17 4:11 5:12 6:14 7:11 8:15 9:9 10:8 11:9
        task now	2:8 3:8
        gym	1:1 2:17 3:17 4:11 5:13 6:14 7:12 8:16 9:8 10:9 11:10
        the gym	1:1 2:17 3:17 4:11 5:13 6:14 7:12 8:16 9:8 10:9 11:10
        gym task	1:1 2:17 3:17 4:11 5:13 6:14 7:12 8:16 9:8 10:9 11:10
        invoice now	2:2 3:2
        <ord>	2:18 3:19 4:9 5:12 6:14 7:32 8:15 9:9 10:8 11:10
        the <ord>	2:18 3:19 4:9 5:12 6:14 7:12 8:15 9:9 10:8 11:10
        <ord> item	2:18 3:19 4:9 5:12 6:14 7:12 8:15 9:9 10:8 11:10
        item now	2:2 3:2
        the haircut	2:16 3:19 4:9 5:11 6:13 7:11 8:14 9:8 10:7 11:9
        haircut task	2:16 3:19 4:9 5:11 6:13 7:11 8:14 9:8 10:7 11:9
        last	2:17 3:18 4:10 5:11 6:14 7:11 8:15 9:8 10:7 11:8 12:16 17:4
        the last	2:17 3:18 4:10 5:11 6:14 7:11 8:15 9:8 10:7 11:8 12:6
        last task	2:17 3:18 4:10 5:11 6:14 7:11 8:15 9:8 10:7 11:8
        <s> you	2:28 15:2 18:6
        you can	2:28 13:1
        can <finish>	2:10
        can check	2:2
        can cross	2:4
        out water	2:1
        can scratch	2:2
        can knock	2:2
        can strike	2:2
        can close	2:2
        can wrap	2:2
        up todo	2:2 7:1
        can mark	2:2
        <num> for	2:14
        one for	2:6
        out number	2:1 3:1
        out item	2:5
        go	2:28 3:12 12:3 17:4
        ahead	2:24
        <s> go	2:24 12:3
        go ahead	2:24
        ahead and	2:24
        and <finish>	2:6
        and check	2:2
        and cross	2:4
        and scratch	2:2
        and knock	2:2
        and strike	2:2
        and close	2:2
        and wrap	2:2
        and mark	2:2
        from	2:24 3:52 5:4 6:18 9:4
        return from	2:2 3:4
        from my	2:24 3:24
        <finish> <num>	2:3 4:1
        <num> from	2:4 3:20
        one from	2:4 3:10
        lawn from	2:2 3:4
        <num> on	2:14
        one on	2:6
        up number	2:1
        <finish> todo	2:7 4:1
        <num> now	2:10 3:10
        one now	2:2 3:2
        lawn for	2:2
        return for	2:2
        up <num>	2:1
        task from	2:8 3:10
        invoice from	2:2 3:2
        item from	2:2 3:2
        lawn on	2:2
        return on	2:2
        <s> water	2:3 3:2 4:4 5:2 6:8 7:6 8:5 9:1 10:1
        lawn is	2:2 3:4 4:2 5:1 7:3 8:4
        is <finish>	2:12
        <finish> now	2:8
        <s> number	2:2 3:2 4:2 5:4 6:7 7:4 8:7 9:1 10:2 11:1
        <num> is	2:8 3:12 4:8 5:4 6:9 7:17 8:35 9:2 10:2
        task is	2:6 3:5 4:6 5:4 6:7 7:10 8:15 9:3 10:2
        is all	2:4
        all done	2:8
        has	0:4 2:8 5:4 7:18
        been	2:8 5:4
        one has	2:1 7:3
        has been	2:8 5:4
        been done	2:4
        yesterday	2:4
        <s> item	2:7 3:5 4:6 5:4 6:20 7:15 8:17 9:3 10:1 11:1
        <num> was	2:3 4:1
        was done	2:4
        done yesterday	2:4
        have <finish>	2:4
        task <date>	2:3 5:4
        i did	2:12 4:12 12:3
        did the	2:6 4:3
        got item	2:3
        <num> done	2:4
        i <did>	1:3 2:8
        <did> to	2:4
        finally	2:12
        <s> finally	2:8
        finally did	2:4
        did <num>	2:1
        already	1:8 2:12
        one already	2:2
        with	2:12 3:4 9:24 10:4 13:1
        <s> all	2:4 16:2
        done with	2:8
        with the	2:4 3:3
        am	0:8 1:16 2:4 3:4 13:3 18:28
        i am	0:8 2:4 3:4 13:3 18:28
        am done	2:4
        <s> done	2:4
        done the	1:2 2:2 4:4
        that	0:4 1:1 2:10 3:4 4:2 5:2 7:2 8:10 9:1 11:8 12:28 15:4 16:2
        <s> that	2:7 4:1 5:2 7:1 8:1 9:1 12:4 16:1
        that is	2:4 12:1 15:1
        is todo	2:1
        <num> <did>	2:2
        is <did>	2:20
        care	2:8
        of	1:8 2:16 3:8 5:20 7:12 8:12 9:8 10:52 11:12 13:2 17:49 18:4
        <did> care	2:4
        care of	2:8
        took	2:4
        i took	2:4
        took care	2:4
        of water	2:1 3:1 7:1 8:1 10:2
        <num> <date>	2:4 5:17
        as	2:8 4:8 7:42 8:42 9:36 10:24 11:4 13:1
        mark the	2:5 4:5 7:5 8:12 9:9
        task as	2:4 4:1 7:14 8:9 9:4 10:8 11:1
        as <finish>	2:8
        one done	2:4
        set item	2:1 7:4 8:4
        <num> to	2:3 5:10 7:1 8:1 9:4 10:23
        to done	2:4
        flag	2:4 7:18 8:21
        <s> flag	2:4 7:18 8:21
        flag the	2:2 7:15 8:11
        consider	2:4 8:21
        <s> consider	2:4 8:21
        consider the	2:4 8:13
        return done	2:2
        <num> off	2:5 3:5 4:2
        invoice off	2:1 3:2
        scratch <num>	2:1
        cross the	2:3
        one out	2:2 3:2
        way	2:8 12:1
        <s> got	0:4 2:4 16:2
        got the	2:3
        item out	2:1 3:1
        out of	2:8 3:4 18:4
        of the	2:9 3:1 5:10 7:7 8:7 9:1 10:28 11:8 17:9
        the way	2:8 12:1
        item is	2:1 3:2 4:1 6:2 7:2 8:4
        one is	2:3 3:4 4:2 5:2 6:1 7:6 8:12 9:2 10:3
        task has	2:1
        got water	2:1
        lawn done	2:2
        with item	2:1
        done item	2:1
        is the	1:7 2:2 17:39
        invoice <did>	2:1
        <s> <num>	2:1 3:1 4:1 5:2 6:8 7:4 8:6 9:1
        one <date>	2:1 5:11
        mark item	2:2 4:2 7:3 8:3 9:2
        <num> as	2:3 4:3 7:14 8:16 9:9 10:7 11:1
        task done	2:3
        set todo	2:1 4:1 7:1 8:2
        flag todo	2:1 7:1 8:2
        lawn off	2:1 4:1
        check number	2:1
        scratch the	2:2
        task off	2:2 3:1
        <num> out	2:3 3:3
        return is	2:3 3:2 4:2 5:1 6:1 7:6 8:4 9:1
        <num> has	2:1 7:8
        invoice was	2:1
        item done	2:1
        did item	2:1
        task already	2:1
        with todo	2:2
        done water	2:1
        is number	2:1
        of item	2:1 3:1 5:3 7:2 8:1 9:1 10:11 11:3
        return as	2:1 7:1 8:3 9:2 10:1
        set the	2:1 4:2 5:4 7:8 8:12 11:4
        invoice to	2:1 5:2 10:2
        flag <num>	2:1 7:1 8:1
        item off	2:1 3:1 4:1
        one off	2:1 3:2
        scratch item	2:1
        task out	2:1 3:1
        got todo	2:1
        lawn has	2:2 5:1 7:2
        <num> already	2:1
        with <num>	2:1
        one <did>	2:1
        of todo	2:1 3:1 5:1 7:1 8:2 9:1 10:6
        mark water	2:1 7:1 8:1 9:1
        set number	2:1 7:1 8:1
        return off	2:1 3:1
        cross item	2:1
        invoice out	2:1
        <delete>	3:220 5:4 9:4 13:1
        <s> <delete>	3:196 5:4 9:4
        <delete> water	3:12
        <delete> the	3:113 5:4 9:4
        drop	3:16 8:4
        <s> drop	3:16 8:4
        drop <num>	3:2
        <delete> todo	3:20
        <delete> <num>	3:11
        <delete> number	3:10
        <delete> item	3:29
        drop the	3:9 8:4
        from the	3:28 5:3 9:2
        drop item	3:3
        entirely	3:24
        return entirely	3:2
        <num> entirely	3:4
        one entirely	3:4
        drop todo	3:2
        lawn entirely	3:2
        altogether	3:28
        <num> altogether	3:16
        one altogether	3:6
        task entirely	3:8
        invoice entirely	3:2
        item entirely	3:2
        lawn altogether	3:3
        return altogether	3:2
        rid	3:4
        <s> get	3:12 7:4
        get rid	3:4
        rid of	3:4
        throw	3:8
        <s> throw	3:8
        throw out	3:4
        away	3:4
        throw away	3:4
        away the	3:3
        <s> forget	3:16 18:3
        forget the	0:3 3:5
        forget about	3:8
        about it	3:4
        it item	3:1
        is <delete>	3:12
        never	3:4 4:4 12:1 18:3
        mind	0:4 3:8 12:1 18:7
        <s> never	3:4 12:1 18:3
        never mind	3:4 12:1 18:3
        mind the	3:2
        nevermind	3:4 18:3
        <s> nevermind	3:4 18:3
        nevermind about	3:4
        skip	3:4
        <s> skip	3:4
        skip item	3:2
        no	3:24 5:4 8:16 12:8 16:1 18:3
        longer	3:16
        i no	3:4
        no longer	3:16
        longer need	3:8
        need the	3:10
        i do	0:4 1:4 3:16 6:18 18:3
        not need	3:16
        need <num>	3:1
        <num> any	3:2
        any more	3:8 8:21
        anymore	3:32 8:4
        not want	3:4 12:1
        want the	3:3 10:2
        one anymore	3:3
        we do	3:4
        item anymore	3:1
        <s> no	3:12 5:4 8:8 12:7 16:1
        no need	3:8
        parcel any	3:1
        <s> there	3:4 8:4
        there is	3:4 8:4
        is no	3:8 8:4
        need for	3:4
        for item	3:1 5:4 11:2
        needed	3:8
        is not	3:24 4:56 8:51 12:1
        not needed	3:4
        needed anymore	3:4
        longer needed	3:4
        task got	3:2 5:1
        got <delete>	3:8
        is off	3:12
        <num> can	3:3 5:3 7:2 8:6
        can go	2:4 3:12
        be	0:12 1:4 3:8 4:8 5:20 7:4 8:8 9:12 10:8 17:3
        task can	3:3 5:2 7:1 8:3
        can be	3:4 5:4 8:4
        be <delete>	3:4
        lose	3:4
        <s> lose	3:4
        lose the	3:2
        take	3:8 8:4 12:13
        <s> take	3:8 8:4 12:9
        take item	3:1
        strike the	3:2
        off my	3:12
        clear	3:4
        <s> clear	3:4
        clear item	3:2
        completely	3:4
        invoice completely	3:1
        <num> it	3:2 4:8
        not happening	3:16
        plans	3:4
        changed	3:8 12:1
        one plans	3:2
        plans changed	3:4
        doing	1:8 3:8 4:8 6:18 7:4
        longer doing	3:4
        doing the	3:4
        am not	3:4
        not doing	3:4
        needing	3:4
        we will	3:8
        will not	3:8 5:4
        not be	3:4
        be needing	3:4
        needing the	3:2
        away item	3:1
        it todo	3:1
        mind todo	3:1
        skip water	3:1
        need number	3:1
        task any	3:1
        need item	3:2
        <num> anymore	3:5
        grandma any	3:1
        invoice is	2:1 3:3 6:2 7:4 8:8 9:1 10:1
        one got	3:2
        one can	3:1 5:2 8:3
        take todo	3:1
        strike todo	3:1
        clear water	3:1
        lawn out	3:1
        about number	3:1
        <num> completely	3:1
        task it	3:1 4:10
        doing item	3:1
        task anymore	3:2
        needing item	3:1
        forget item	3:1
        it the	3:1
        mind <num>	3:1
        skip the	3:1
        item altogether	3:1
        need todo	3:1
        bill any	3:1
        return can	3:1 5:1 7:1 8:1
        lose item	3:1
        take the	3:4 8:4
        strike <num>	3:1
        clear the	3:1
        one completely	3:1
        task plans	3:1
        doing todo	3:2
        needing water	3:1
        forget water	3:1
        it number	3:1
        return any	3:1
        want item	3:1 10:1
        invoice anymore	3:2
        grass any	3:1
        lose water	3:1
        take number	3:1
        task completely	3:1
        return it	3:1 4:2
        <num> plans	3:1
        doing <num>	3:1
        <s> <reopen>	4:72 12:1
        <reopen> water	4:4
        <reopen> the	4:40
        <reopen> <num>	4:4
        <reopen> todo	4:8
        un-complete	4:12
        <s> un-complete	4:12
        un-complete water	4:1
        <reopen> number	4:4
        <reopen> item	4:12
        un-complete number	4:1
        not <finish>	4:48
        item it	4:2
        un-complete the	4:6
        one it	4:3
        un-complete item	4:2
        un-complete todo	4:2
        yet	1:16 4:12
        not done	4:20
        done yet	1:4 4:4
        one was	4:3
        was not	4:8
        needs	4:20 5:8 6:22 7:8 11:4
        <num> still	4:3
        still needs	4:8
        needs doing	4:8 6:18 7:4
        have not	4:8
        return yet	4:1
        did not	4:12 12:3
        not feed	4:1
        i never	4:4
        never did	4:4
        after	3:4 4:8
        <num> after	4:2
        after all	3:4 4:8
        one as	4:2 7:5 8:6 9:5 10:3 11:1
        as not	4:4 8:18
        again	4:20 14:3 15:1 18:3
        item as	4:1 7:3 8:3 9:1 10:2
        as pending	4:4
        pending again	4:8
        one back	4:2 5:5
        back to	4:4 5:20 12:1
        to pending	4:4
        put item	4:1 8:1 9:1
        <num> back	4:5 5:11
        back on	4:4
        task needs	4:1 5:1 6:2 7:2
        needs to	4:8 5:8 6:4
        to be	4:8 5:8 10:4 17:3
        be open	4:4
        open again	4:4
        <s> open	4:4
        open todo	4:1
        <num> again	4:2
        bring back	4:4
        back todo	4:1
        marked	4:4
        mistake	4:8 12:2
        task was	4:3
        was marked	4:4
        marked done	4:4
        done by	4:4 5:4
        by mistake	4:8
        off by	4:4
        <revert>	4:4 12:41
        completing	4:4
        <s> <revert>	4:4 12:25
        <revert> completing	4:4
        completing number	4:1
        make the	4:3 5:1 6:13 7:10 8:11 10:2
        task pending	4:2
        is <reopen>	4:4
        task yet	1:1 4:1
        not fix	4:1
        did number	4:1
        task after	4:1
        put the	4:5 7:4 8:3 9:6
        return back	4:1 5:2
        <num> needs	4:1 5:2 6:13 7:2 11:3
        open the	4:2
        invoice again	4:1
        back <num>	4:1
        completing the	4:2
        make item	4:1 5:1 6:6 8:4
        <num> pending	4:1
        invoice still	4:1
        one yet	1:1 4:2
        not visit	4:1
        mark todo	4:1 7:2 8:2 9:2
        lawn needs	4:1 6:2
        open number	4:1
        back the	4:1 5:4 12:5
        return pending	4:1
        lawn was	4:2
        not water	4:1
        return after	4:1
        invoice as	4:1 7:4 8:2 9:1 10:2
        set <num>	4:1 8:1
        item needs	4:1
        one again	4:1
        back item	4:1
        completing todo	4:1
        <move>	1:1 2:4 4:1 5:104 7:4 8:4 9:4
        <s> <move>	5:74 7:4 8:4 9:4
        <move> water	5:5
        to <date>	5:84
        <move> the	5:46 7:1 8:2 9:3
        one to	5:7 7:1 10:10
        return to	5:4 7:1 8:1 9:1 10:4
        <move> <num>	5:4 8:1
        <move> todo	5:10 7:1
        bump	5:12 7:8
        <s> bump	5:10 7:8
        bump the	5:6 7:4
        put off	5:12
        change	1:2 2:5 3:3 4:2 5:19 7:2 8:2 9:6 10:36 11:4 12:12
        <s> change	5:14 9:4 10:36 11:4 12:2
        change the	5:16 9:4 10:36 11:4
        the date	5:12
        date of	5:16
        of <num>	5:2 8:1 9:1 10:3 11:1
        <move> number	5:5 7:1
        <move> item	5:14 7:1 8:1 9:1
        bump item	5:2
        till	5:24
        task till	5:6
        till <date>	5:24
        invoice till	5:2
        item till	5:2
        can you	0:8 5:20 13:4 17:53
        you <move>	5:14
        you bump	5:2
        you change	5:2
        few	5:20
        days	5:20 6:24
        task a	5:7 6:6 7:1 8:2 9:1 11:1
        a few	5:20
        few days	5:20
        invoice a	5:2 6:2 8:1
        item a	5:3 6:1
        item to	5:4 10:2
        return <date>	5:6
        bump todo	5:2
        <num> till	5:9
        one till	5:1
        lawn back	5:2
        bump water	5:1
        <num> a	5:10 6:8 7:1 8:5 9:2 11:2
        one a	5:1 6:1 7:1 8:1 11:1
        bump number	5:1
        lawn should	5:2 6:4 7:1 10:1
        should be	5:8 7:4 8:4 9:12 10:4
        be due	5:4
        be done	4:4 5:8 8:4
        done <date>	5:4
        <date> now	5:8
        is now	5:8
        now for	5:4
        instead	5:20
        <num> due	5:3
        <date> instead	5:20
        deadline	5:16
        the deadline	5:12
        deadline of	5:4
        set a	5:4 6:4
        a due	5:8
        due date	5:16
        date on	5:4
        deadline for	5:8
        invoice can	5:2 7:1 8:2
        be <move>	5:4
        <move> to	5:16
        will do	5:4
        do <num>	5:1 6:1
        do the	5:18 6:18 7:1
        us	5:8
        let us	5:8
        us do	5:8
        item <date>	5:1
        one deadline	5:1
        deadline <date>	5:4
        <s> due	5:4
        date for	5:4
        give the	5:2 7:2 8:3 9:5 11:2
        of <date>	5:4
        for todo	5:2 11:2
        <num> <move>	5:2
        <num> got	2:2 5:3
        got <move>	5:4
        <move> back	5:4
        later	5:8
        <s> later	5:4
        later for	5:4
        due later	5:4
        the due	5:4
        date from	5:4
        item should	5:1 6:2 7:1 10:1
        one needs	5:1 6:4 7:3
        make todo	5:1 6:3 7:1 8:2 10:1
        do item	5:3 6:10 7:2
        task deadline	5:1
        give item	5:1 8:1 9:1
        invoice <move>	5:1
        from item	5:1 9:1
        <num> should	5:2 6:14 7:1 8:2 9:1 10:7
        invoice due	5:1
        do todo	5:1 6:3
        <num> deadline	5:2
        give water	5:1
        lawn a	5:1
        for number	5:1 11:1
        make number	5:1 6:3 8:1
        one <move>	5:1
        happen	5:4 6:18
        should happen	6:18
        happen every	6:10
        one should	6:9 8:1 9:2 10:1
        month	6:24
        return should	6:3 9:2
        every month	6:24
        daily	6:24
        happen daily	6:2
        weekly	6:24
        happen weekly	6:2
        monthly	6:24
        happen monthly	6:2
        twice	6:24
        happen twice	6:2
        twice a	6:24
        a week	6:24 18:4
        every <num>	6:24
        <num> days	6:24
        other	6:24
        every other	6:24
        other day	6:24
        doing every	6:10
        doing daily	6:2
        doing weekly	6:2
        doing monthly	6:2
        doing twice	6:2
        a every	6:30
        day thing	6:4
        week thing	6:4
        month thing	6:2
        a daily	6:6
        daily thing	6:2
        a weekly	6:6
        weekly thing	6:2
        a monthly	6:6
        monthly thing	6:2
        a twice	6:6
        days thing	6:2
        repeats	6:18
        one repeats	6:3
        repeats every	6:10
        return repeats	6:2
        <num> repeats	6:3
        repeats daily	6:2
        repeats weekly	6:2
        lawn repeats	6:1
        repeats monthly	6:2
        repeats twice	6:2
        recur	6:18
        should recur	6:18
        recur every	6:10
        recur daily	6:2
        recur weekly	6:2
        recur monthly	6:2
        recur twice	6:2
        come	6:18 7:4
        <s> have	0:4 1:16 6:18
        have the	6:10
        task come	6:5
        come back	6:18
        back every	6:10
        invoice come	6:2
        item come	6:2
        back daily	6:2
        back weekly	6:2
        back monthly	6:2
        back twice	6:2
        turn	6:18
        into	6:18 9:4 17:3
        <s> turn	6:18
        turn the	6:14
        return into	6:2
        into a	6:18
        day task	6:4
        turn <num>	6:2
        <num> into	6:3 9:2
        week task	6:4
        one into	6:3 9:1
        month task	6:2
        turn todo	6:1
        daily task	6:2
        turn water	6:1
        lawn into	6:1
        weekly task	6:2
        monthly task	6:2
        days task	6:2
        <num> every	6:9
        day from	6:4
        from now	6:18
        now on	6:18
        one every	6:8
        week from	6:4
        month from	6:2
        <num> daily	6:3
        daily from	6:2
        do number	6:2
        <num> weekly	6:2
        weekly from	6:2
        <num> monthly	6:3
        monthly from	6:2
        <num> twice	6:3
        days from	6:2
        chore	6:18
        is a	6:22 7:10 8:13 9:8 17:4
        day chore	6:4
        week chore	6:4
        month chore	6:2
        daily chore	6:2
        weekly chore	6:2
        monthly chore	6:2
        days chore	6:2
        schedule	6:18
        <s> schedule	6:18
        schedule <num>	6:2
        schedule the	6:13
        schedule todo	6:2
        schedule water	6:1
        lawn daily	6:1
        one weekly	6:2
        return monthly	6:1
        comes	6:18 7:4
        round	2:4 6:18
        one comes	6:5 7:2
        comes round	6:18
        round every	6:10
        <num> comes	6:10
        round daily	6:2
        round weekly	6:2
        round monthly	6:2
        round twice	6:2
        item every	6:1
        task every	6:7
        task daily	6:1
        task weekly	6:2
        invoice monthly	6:1
        item twice	6:1
        task should	6:7 7:1 8:1 9:1 10:1
        invoice should	6:1 9:1 10:1
        return needs	6:1
        task repeats	6:7
        invoice repeats	6:1
        item repeats	6:1
        have todo	6:2
        <num> come	6:8
        have number	6:2
        have item	6:4
        one come	6:1
        task into	6:7 9:1
        invoice into	6:1
        item into	6:1
        do water	6:2 7:1
        return every	6:2
        lawn twice	6:1
        invoice every	6:2
        item daily	6:1
        task monthly	6:1
        task twice	6:1
        return comes	6:2 7:1
        lawn comes	6:1
        stop	3:4 6:4
        repeating	6:4
        <s> stop	3:4 6:4
        stop water	6:1
        lawn repeating	6:1
        repeat	6:20
        should not	6:4
        not repeat	6:4
        one-off	6:4
        a one-off	6:4
        recurring	6:4
        one recurring	6:1
        <num> repeat	6:5
        to repeat	6:4
        a repeat	6:4
        repeat on	6:4
        often	6:4
        does	6:4 8:4 13:3
        how often	6:4
        often does	6:4
        does item	6:2
        stop the	6:1
        item repeating	6:1
        task recurring	6:1
        does water	6:1
        lawn repeat	6:1
        stop item	6:1
        <num> repeating	6:2
        <num> recurring	6:1
        invoice repeat	6:1
        does the	6:1
        item repeat	6:1
        stop todo	6:1
        make water	6:1 7:2 8:2
        lawn recurring	6:1
        tag	9:32
        <s> tag	9:20
        tag water	9:2
        lawn as	7:1 8:3 9:2 10:1 11:1
        as chores	9:7
        label	9:24
        <s> label	9:16
        label the	9:9
        as garden	9:8
        file	9:20
        <s> file	9:20
        file the	9:12
        categorize	9:16
        <s> categorize	9:16
        categorize <num>	9:2
        group	9:16
        <s> group	9:16
        group todo	9:3
        under	9:36
        tag number	9:1
        <num> under	9:12
        under finance	9:9
        label item	9:2
        under health	9:7
        file item	9:4
        categorize the	9:9
        one under	9:4
        tag the	9:8
        task with	9:8
        with hobby	9:6
        with family	9:6
        invoice with	9:2 10:1
        item with	9:2 10:1
        group the	9:8
        one garden	9:2
        return chores	9:2
        file <num>	9:1
        <num> garden	9:4
        one chores	9:2
        group water	9:1
        lawn chores	9:2
        as family	9:5
        as hobby	9:4
        under chores	9:6
        label todo	9:2
        under garden	9:4
        file water	9:1
        lawn under	9:1
        return under	9:1
        group <num>	9:1
        tag item	9:3
        <num> with	9:7 10:2
        with finance	9:3
        with health	9:3
        file number	9:1
        categorize item	9:3
        one with	9:3
        task hobby	9:2
        task family	9:2
        item family	9:1
        as health	9:5
        as finance	9:3
        group number	9:1
        task under	9:4
        under family	9:5
        invoice under	9:1
        under hobby	9:5
        item under	9:1
        return with	9:1
        with chores	9:3
        label <num>	9:1
        with garden	9:3
        categorize todo	9:2
        lawn with	9:1
        <num> finance	9:3
        one health	9:1
        <num> health	9:2
        mark number	7:2 8:2 9:1
        group item	9:2
        tag todo	9:2
        label water	9:1
        mark <num>	7:1 8:1 9:1
        label number	9:1
        put water	9:1
        lawn in	9:1
        in chores	9:2
        put number	7:1 9:1
        into the	9:4
        the finance	9:6
        finance list	9:2
        belongs	9:8
        one belongs	9:1
        belongs under	9:4
        goes	9:8
        <num> goes	9:3
        goes in	9:4
        in health	9:4
        a family	9:1
        family thing	9:1
        is for	9:4
        <add> finance	9:1
        finance as	9:1
        as a	7:6 8:6 9:4
        a tag	9:4
        tag on	9:4
        on item	8:2 9:2 11:5
        invoice the	9:1
        the tag	9:4
        tag hobby	9:1
        give <num>	9:1
        a garden	9:3
        garden label	9:1
        be tagged	9:4
        item in	9:2
        in family	9:3
        tag it	9:4
        it as	9:4
        <add> the	9:4
        finance label	9:2
        label to	9:4
        to item	9:1 11:15
        hobby tag	9:1
        tag from	9:4
        untag	9:4
        <s> untag	9:4
        untag todo	9:1
        tags	9:4
        the tags	9:4
        tags of	9:4
        to health	9:1
        the chores	9:6
        chores list	9:2
        task belongs	9:1
        in garden	9:4
        a health	9:2
        health thing	9:1
        <add> chores	9:1
        chores as	9:1
        on water	8:1 9:1 11:2
        give number	7:1 9:1 11:1
        <num> the	9:1
        tag finance	9:1
        a hobby	9:3
        hobby label	9:1
        <num> in	9:4
        chores label	9:2
        finance tag	9:1
        untag the	9:2
        to garden	9:1
        <num> belongs	9:1
        invoice goes	9:1
        in hobby	9:2
        garden thing	9:1
        <add> family	9:1
        family as	9:1
        one the	9:1
        tag chores	9:1
        a finance	9:2
        file todo	9:1
        family label	9:1
        chores tag	9:1
        from water	9:1
        untag number	9:1
        to hobby	9:1
        put todo	4:1 7:2 9:2
        health list	9:1
        lawn belongs	9:1
        in finance	9:1
        hobby thing	9:1
        for garden	1:1 9:1
        <add> health	9:1
        health as	9:1
        task the	9:1
        tag family	9:1
        return a	7:1 9:1
        a chores	9:1
        invoice in	9:1
        health label	9:1
        family tag	9:1
        to finance	9:1
        rename	10:16
        <s> rename	10:16
        rename water	10:2
        retitle	10:16
        <s> retitle	10:16
        retitle the	10:9
        reword	10:20
        <s> reword	10:20
        reword the	10:12
        title	10:24
        the title	10:24
        title of	10:24
        name	10:20 17:4
        the name	10:20
        name of	10:20
        edit	10:16
        <s> edit	10:16
        edit todo	10:3
        say	10:32 13:2 17:4
        rename number	10:1
        to say	10:24
        say mow	10:1
        retitle item	10:2
        say check	10:2
        reword item	10:4
        say visit	10:1
        say <show>	10:1
        say buy	10:1
        say send	10:3
        rename the	10:8
        as make	10:1
        as list	10:1
        as call	10:1
        as clean	10:1
        as feed	10:1 11:1
        edit the	10:8
        as back	10:2
        one book	10:1 11:1
        return return	10:1 11:1
        reword <num>	10:2
        <num> order	10:1 11:1
        one mow	10:1 11:1
        <num> check	10:1 11:1
        edit water	10:1
        lawn visit	10:2 11:1
        say email	10:2
        retitle todo	10:2
        say pick	10:2
        reword water	10:1
        say water	10:1
        say book	10:1
        say return	10:1
        edit <num>	10:1
        say order	10:2
        rename item	10:3
        as buy	10:1
        as send	10:1
        reword number	10:1
        as pay	10:1
        as plan	10:1
        as fix	10:1 11:1
        as get	10:1
        invoice pick	10:1 11:1
        item water	10:1
        edit number	10:1
        say list	10:2
        say call	10:1
        say clean	10:2
        say feed	10:1
        say back	10:1
        say see	10:1
        as return	10:1
        retitle <num>	10:1
        as order	10:1
        as mow	10:1
        as check	10:1
        as visit	10:1 11:1
        as <show>	10:1
        <num> fix	10:1 11:1
        one get	10:1 11:1
        <num> make	10:1 11:1
        <num> list	10:1 11:2
        of number	7:1 10:2
        <num> call	10:1 11:1
        edit item	10:2
        <num> clean	10:1
        rename todo	10:2
        retitle water	10:1
        retitle number	10:1
        say pay	10:1
        say plan	10:2
        say fix	10:1
        say get	10:1
        say make	10:1
        as see	10:1
        as email	10:1
        as pick	10:1
        as water	10:1
        as book	10:1 11:1
        one <show>	10:1 11:1
        return buy	10:1 11:1
        <num> send	10:1 11:2
        one pay	10:1 11:1
        <num> plan	10:1
        should say	10:4
        should read	10:4
        read mow	10:1
        wording	10:4
        the wording	10:4
        wording of	10:4
        be called	10:4
        called book	10:1
        be plan	10:1
        task say	10:2
        typo	10:4
        the typo	10:4
        typo in	10:4
        in the	9:8 10:4 11:4
        correct	10:4
        <s> correct	10:4
        correct the	10:4
        misspelled	10:4
        is misspelled	10:4
        wrong	10:4 12:4
        is wrong	10:4
        replace	10:4
        text	10:4
        <s> replace	10:4
        replace the	10:4
        the text	10:4
        text of	10:4
        with fix	10:1
        something	10:4 13:3 17:3
        else	10:4
        <s> call	10:4
        call the	10:2
        one something	10:1
        something else	10:4
        read email	10:1
        called feed	10:1
        be check	10:1
        <num> say	10:2
        with visit	10:1
        task something	10:1
        read list	10:1
        be pick	10:1
        make <num>	7:1 8:1 10:1
        with water	10:1
        call todo	10:1
        <num> something	10:2
        read send	10:1
        want water	10:1
        be call	10:1
        with clean	10:1
        call <num>	10:1
        saying	11:20
        lawn saying	11:2
        saying clean	11:1
        comment	11:24
        a comment	11:16
        comment to	11:12
        one saying	11:4
        saying feed	11:1
        detail	11:24
        a detail	11:16
        detail to	11:12
        return saying	11:2
        saying back	11:1
        description	11:40
        a description	11:20
        description to	11:12
        to <num>	11:3
        <num> saying	11:7
        saying see	11:1
        memo	11:24
        a memo	11:16
        memo to	11:12
        saying email	11:1
        attach	11:20
        <s> attach	11:20
        attach a	11:20
        to number	11:3
        put a	11:20
        note on	11:8
        comment on	11:8
        detail on	11:8
        description on	11:8
        memo on	11:8
        note for	11:4
        <s> comment	11:4
        comment for	11:4
        <s> detail	11:4
        detail for	11:4
        for <num>	11:2
        <s> description	11:4
        description for	11:4
        <s> memo	11:4
        memo for	11:4
        this note	11:4
        this comment	11:4
        this detail	11:4
        this description	11:4
        this memo	11:4
        to todo	11:7
        write a	11:20 17:51
        item saying	11:1
        saying plan	11:1
        task saying	11:4
        saying fix	11:1
        saying get	11:1
        saying make	11:1
        saying list	11:1
        on todo	8:1 11:5
        on number	8:1 11:2
        saying check	11:1
        saying visit	11:1
        saying <show>	11:1
        saying buy	11:1
        saying send	11:1
        on <num>	11:3
        saying pick	11:1
        saying water	11:1
        saying book	11:1
        saying return	11:1
        saying order	11:1
        some	11:4 13:1
        details	11:8
        <add> some	11:4
        some details	11:4
        details to	11:4
        the description	11:12
        description of	11:12
        describe	11:4
        <s> describe	11:4
        describe the	11:2
        needs a	11:4
        info	11:4
        <s> more	11:4
        more info	11:4
        info on	11:4
        extra	11:4
        <s> extra	11:4
        extra details	11:4
        details for	11:4
        down in	11:4
        in item	11:2
        <num> that	11:3
        that feed	11:1
        <remember> in	11:4
        invoice that	11:1
        that check	11:1
        annotate	11:4
        <s> annotate	11:4
        annotate the	11:2
        in water	11:1
        lawn that	11:1
        that fix	11:1
        in number	11:1
        that pick	11:1
        annotate item	11:1
        describe item	11:1
        invoice needs	4:2 7:1 11:1
        item that	11:1
        that visit	11:1
        one that	11:1
        that call	11:1
        annotate todo	11:1
        give todo	7:1 11:1
        describe water	11:1
        that water	11:1
        task that	11:1
        that pay	11:1
        lawn <urgent>	7:2
        one <urgent>	7:3
        return high	7:1
        top	7:30
        <num> top	7:1
        top priority	7:26
        a priority	7:18 8:24
        <num> <urgent>	7:7
        <num> high	7:3
        one top	7:2
        as <urgent>	7:24
        as high	7:6
        as top	7:6
        flag water	7:1 8:2
        is high	7:6
        is top	7:10
        <urgent> now	7:16 8:4
        priority now	7:6
        become	7:14
        has become	7:14
        become <urgent>	7:8
        become high	7:2
        become top	7:2
        become a	7:2
        treat	7:14
        <s> treat	7:14
        treat the	7:8
        item <urgent>	7:2
        task <urgent>	7:1
        task high	7:1
        task top	7:1
        invoice <urgent>	7:1
        lawn high	7:1
        return has	7:1
        treat number	7:2
        treat item	7:3
        treat todo	7:1
        bump up	7:4
        the priority	7:12 8:20
        priority of	7:12 8:12
        raise	7:4
        <s> raise	7:4
        raise the	7:4
        increase	7:4
        <s> increase	7:4
        increase the	7:4
        <num> up	7:3
        task at	7:2 8:1
        at the	7:4 8:4
        the top	7:4
        comes <ord>	7:4
        <num> <ord>	7:4
        doing <urgent>	7:4
        wait	5:8 7:4 8:12 12:1
        can not	5:4 7:8
        not wait	7:4
        attention	7:4
        needs attention	7:4
        attention now	7:4
        prioritize	7:4
        <s> prioritize	7:4
        prioritize the	7:2
        escalate	7:4
        <s> escalate	7:4
        escalate the	7:2
        upgrade	7:4
        <s> upgrade	7:4
        upgrade item	7:1
        to high	7:4
        be high	7:4
        star	7:4 15:1
        <s> star	7:4
        star todo	7:1
        matters	7:8
        most	7:4
        lawn matters	7:2
        matters most	7:4
        <num> at	7:2 8:1
        task comes	7:1
        lawn <ord>	7:1
        prioritize item	7:1
        upgrade the	7:3
        star <num>	7:1
        item matters	7:1
        one <ord>	7:1
        invoice up	7:1
        put <num>	4:1 7:1
        item <ord>	7:1
        prioritize todo	7:1
        escalate todo	7:1
        star the	7:1
        <num> matters	7:2
        task <ord>	7:1
        escalate <num>	7:1
        one high	7:1
        star item	7:1
        lawn not	8:2
        not <urgent>	8:60
        one not	8:5
        return low	8:2
        unimportant	8:24
        <num> unimportant	8:4
        optional	8:24
        one optional	8:1
        a low	8:24
        not a	3:4 8:28
        <num> not	8:9
        <num> low	8:3
        one unimportant	8:2
        <num> optional	8:3
        as low	8:6
        as unimportant	8:6
        as optional	8:6
        is low	8:9
        is unimportant	8:9
        is optional	8:9
        <urgent> any	8:6
        priority any	8:9
        unimportant any	8:3
        optional any	8:3
        return not	8:2
        consider <num>	8:1
        one low	8:2
        consider todo	8:2
        consider water	8:1
        lawn optional	8:1
        flag item	8:4
        flag number	8:1
        item not	8:2
        task not	8:6
        task low	8:4
        task unimportant	8:2
        task optional	8:2
        lawn low	8:1
        return optional	8:1
        invoice unimportant	8:1
        item optional	8:1
        invoice not	8:1
        item low	8:1
        set water	8:1
        consider item	8:3
        consider number	8:1
        reduce	8:4
        <s> reduce	8:4
        reduce the	8:4
        lower	8:8
        <s> lower	8:8
        lower the	8:7
        priority on	8:8
        to low	8:4
        can wait	5:8 8:12
        bit	8:4
        wait a	8:4
        a bit	8:4
        decrease	8:4
        <s> decrease	8:4
        decrease the	8:4
        downgrade	8:4
        <s> downgrade	8:4
        downgrade item	8:2
        deprioritize	8:4
        <s> deprioritize	8:4
        deprioritize the	8:3
        <num> down	8:2
        down the	8:4
        bottom	8:4
        one at	8:2
        the bottom	8:4
        whenever	8:4
        item can	8:1
        done whenever	8:4
        someday	8:4
        a someday	8:4
        someday thing	8:4
        rush	8:8
        no rush	8:8
        rush on	8:8
        hurry	8:8
        no hurry	8:8
        hurry on	8:4
        matter	8:4
        <num> does	8:3
        does not	8:4
        not matter	8:4
        matter much	8:4
        sit	8:4
        can sit	8:4
        sit for	8:4
        for now	8:8
        less	8:8
        is less	8:8
        less <urgent>	8:8
        be low	8:4
        unflag	8:4
        <s> unflag	8:4
        unflag the	8:2
        not that	8:8
        that <urgent>	8:8
        urgency	8:4
        the urgency	8:4
        urgency off	8:4
        relax	8:4
        <s> relax	8:4
        relax the	8:4
        lower item	8:1
        downgrade water	8:1
        deprioritize number	8:1
        task down	8:1
        downgrade the	8:1
        task does	8:1
        unflag item	8:1
        lawn can	3:2 8:2
        return down	8:1
        unflag water	8:1
        <revert> it	12:8
        roll	12:11
        <s> roll	12:8
        roll back	12:11
        back it	12:4
        take back	12:11
        <revert> the	12:7
        last change	12:5
        <revert> what	12:3
        what you	12:6 13:1
        you did	12:5
        back what	12:2
        action	12:5
        <revert> my	12:3
        my last	12:5
        last action	12:5
        back my	12:2
        whoops	12:11
        <s> whoops	12:11
        whoops <revert>	12:6
        whoops roll	12:2
        whoops take	12:2
        <revert> that	12:10
        back that	12:6
        no <revert>	12:4
        no roll	12:1
        no take	12:1
        that last	12:5
        last one	12:5
        the change	12:5
        that was	12:4
        was a	12:2
        a mistake	12:2
        mean	12:2
        not mean	12:2
        mean that	12:1
        mean to	12:1
        do that	12:1
        put it	12:2
        it back	12:4
        way it	12:1
        it was	12:3
        go back	12:3
        step	12:1
        back one	12:1
        one step	12:1
        change it	12:1
        <reopen> what	12:1
        you changed	12:1
        oops	4:4 12:2
        <s> oops	4:4 12:2
        oops that	12:1
        was wrong	12:2
        bad	12:1 18:3
        my bad	12:1
        bad <revert>	12:1
        no wait	12:1
        wait <revert>	12:1
        <s> wrong	12:2
        wrong one	12:1
        one <revert>	12:1
        bring that	12:1
        that back	12:3
        ctrl	12:1
        z	12:1
        <s> ctrl	12:1
        ctrl z	12:1
        mind that	12:1
        that <revert>	12:1
        help	0:4 13:6 15:1
        <s> help	0:4 13:3
        help me	0:4 13:2
        need help	13:1
        work	13:3 18:8
        how does	13:3
        does this	13:3
        this work	13:1
        what can	13:4
        you do	13:4
        do you	13:4 17:26
        are you	13:2 14:1 17:6
        you for	13:1
        i say	13:2
        ask	13:2
        i ask	13:2
        ask you	13:1
        use	13:3
        how do	13:6 17:14
        i use	13:2
        use you	13:1
        use this	13:2
        i <delete>	13:1
        <delete> something	13:1
        can do	13:1
        examples	13:1
        me some	13:1
        some examples	13:1
        commands	13:3
        what commands	13:2
        commands are	13:1
        are there	13:1
        are the	13:1 15:1
        the commands	13:1
        instructions	13:1
        <s> instructions	13:1
        lost	13:1
        am lost	13:1
        confused	13:1
        am confused	13:1
        app	13:1
        this app	13:1
        app work	13:1
        type	13:1
        what should	1:8 13:1 17:3
        should i	1:8 13:1 17:10
        i type	13:1
        started	13:1
        get started	13:1
        explain	13:1 17:3
        <s> explain	13:1 17:3
        explain how	13:1
        how to	13:1
        to use	13:1
        options	13:1
        my options	13:1
        you help	13:2
        kind	13:1
        what kind	13:1
        kind of	13:1
        of things	13:1
        things can	13:2
        tutorial	13:1
        <s> tutorial	13:1
        say to	13:1
        to <add>	13:1
        <add> something	13:1
        how can	13:1
        i mark	13:1
        mark something	13:1
        something as	13:1
        as done	13:1
        manual	13:1
        a manual	13:1
        <hello>	14:29
        <s> <hello>	14:25
        <hello> there	14:3
        good	0:4 2:4 3:4 14:4 16:6 17:8
        afternoon	14:1
        <s> good	2:4 14:4 16:3
        good afternoon	14:1
        evening	14:2
        good evening	14:1
        morning	14:3
        <s> morning	14:2
        <s> evening	14:1
        <hello> you	14:1
        <hello> again	14:3
        how are	14:2
        are things	14:1
        is up	1:4 14:1
        sup	14:1
        <s> sup	14:1
        bot	14:1 18:3
        <hello> bot	14:1
        assistant	14:1
        <hello> assistant	14:1
        buddy	14:1
        <hello> buddy	14:1
        nice	0:4 14:1 15:1 16:1
        meet	14:1
        <s> nice	14:1 15:1 16:1
        nice to	0:4 14:1
        to meet	14:1
        meet you	14:1
        good day	14:1
        <thanks>	15:27
        <s> <thanks>	15:19
        <thanks> you	15:6
        you much	15:2
        lot	7:4 15:1
        <thanks> a	15:3
        a lot	7:4 15:1
        <s> many	15:2
        many <thanks>	15:2
        bunch	15:1
        a bunch	15:1
        <s> much	15:1
        much <thanks>	15:1
        <thanks> it	15:1
        mate	15:1
        <thanks> mate	15:1
        great	0:4 15:2 16:2
        <s> great	15:1 16:2
        great <thanks>	15:1
        perfect	15:1 16:1
        <s> perfect	15:1 16:1
        perfect <thanks>	15:1
        <thanks> for	15:4
        for that	15:3
        the help	15:1
        you are	15:2 18:6
        are a	15:1
        a star	15:1
        best	15:1 17:12
        the best	15:1 17:12
        lovely	15:1 16:1
        <s> lovely	15:1 16:1
        lovely <thanks>	15:1
        brilliant	15:1 16:1
        <s> brilliant	15:1 16:1
        brilliant <thanks>	15:1
        nice one	15:1
        one <thanks>	15:1
        okay	16:9
        <s> okay	16:7
        then	16:1
        okay then	16:1
        alright	16:1
        <s> alright	16:1
        right	16:3
        all right	16:1
        <s> sure	16:2
        fine	16:2
        <s> fine	16:2
        cool	16:4
        <s> cool	16:2
        awesome	16:1
        <s> awesome	16:1
        sounds	16:2
        <s> sounds	16:2
        sounds good	16:2
        got it	16:2
        understood	16:1
        <s> understood	16:1
        <s> right	16:2
        yes	16:1
        <s> yes	16:1
        yeah	16:1
        <s> yeah	16:1
        yep	16:1
        <s> yep	16:1
        nope	16:1
        <s> nope	16:1
        nah	16:1
        <s> nah	16:1
        fair	16:1
        enough	16:1
        <s> fair	16:1
        fair enough	16:1
        makes	16:1
        sense	16:1
        <s> makes	16:1
        makes sense	16:1
        <s> <did>	2:8 16:1
        roger	16:2
        <s> roger	16:2
        works	16:1
        that works	16:1
        excellent	16:1
        <s> excellent	16:1
        good stuff	16:1
        ah	16:1
        <s> ah	16:1
        ah okay	16:1
        mhm	16:1
        <s> mhm	16:1
        tallest	17:9
        building	17:9
        the tallest	17:9
        tallest building	17:9
        capital	17:13
        spain	17:9
        the capital	17:13
        capital of	17:13
        of spain	17:9
        speed	17:9
        light	17:9
        the speed	17:9
        speed of	17:9
        of light	17:9
        weather	17:9
        paris	17:9
        the weather	17:9
        weather in	17:9
        in paris	17:9
        score	17:13
        match	17:9
        the score	17:13
        score of	17:9
        the match	17:9
        population	17:9
        china	17:9
        the population	17:9
        population of	17:9
        of china	17:9
        price	17:9
        bitcoin	17:9
        the price	17:9
        price of	17:9
        of bitcoin	17:9
        distance	17:9
        moon	17:9
        the distance	17:9
        distance to	17:9
        the moon	17:9
        pizza	17:9 18:3
        place	17:9
        best pizza	17:9
        pizza place	17:9
        news	2:4 17:13
        headlines	17:9
        the news	17:9
        news headlines	17:9
        tell	17:53
        <s> tell	17:43
        tell me	17:53
        know	13:1 17:20 18:3
        you know	13:1 17:10
        know the	17:20
        you tell	17:10
        how about	17:10
        to know	17:10
        online	17:10
        building online	17:1
        spain online	17:1
        light online	17:1
        paris online	17:1
        match online	17:1
        china online	17:1
        bitcoin online	17:1
        moon online	17:1
        place online	17:1
        headlines online	17:1
        google	17:10
        <s> google	17:10
        google the	17:10
        who	17:27
        knows	17:10
        <s> who	17:27
        who knows	17:10
        knows the	17:10
        old	17:3
        universe	17:3
        how old	17:3
        old is	17:3
        the universe	17:3
        mars	17:3
        how far	17:3
        far is	17:3
        is mars	17:3
        planes	17:3
        fly	17:3
        do planes	17:3
        planes fly	17:3
        telephone	17:3
        who <did>	17:7
        <did> the	1:3 2:29 4:3 17:7
        the telephone	17:3
        richest	17:3
        person	17:3
        who is	17:7
        the richest	17:3
        richest person	17:3
        where	17:7
        peru	17:7
        <s> where	17:7
        where is	17:3
        is peru	17:3
        when	17:3
        rome	17:3
        <s> when	17:3
        when was	17:3
        was rome	17:3
        rome <did>	17:3
        going	1:4 17:3
        sunny	17:7
        is it	17:11
        it going	17:3
        going to	17:3
        be sunny	17:3
        snow	17:3
        <s> will	17:3
        will it	17:3
        it snow	17:3
        snow <date>	17:3
        christmas	17:3
        what day	17:3
        day is	17:3
        is christmas	17:3
        eat	17:3
        i eat	17:3
        eat for	17:3
        for dinner	17:3
        movie	17:7
        watch	17:7
        what movie	17:3
        movie should	17:3
        i watch	17:3
        story	17:24
        me a	1:4 17:33
        a story	17:24
        funny	17:3
        me something	17:3
        something funny	17:3
        fun	17:3
        fact	17:3
        a fun	17:3
        fun fact	17:3
        play	17:3
        music	17:3
        you play	17:3
        play music	17:3
        taxi	17:3
        you book	17:3
        a taxi	17:3
        taxi for	17:3
        emails	17:3
        you send	17:3
        send emails	17:3
        calls	17:3
        make phone	17:3
        phone calls	17:3
        translate	17:3
        spanish	17:7
        you translate	17:3
        translate this	17:3
        this into	17:3
        into spanish	17:3
        times	17:3
        is <num>	17:3
        <num> times	17:3
        times <num>	17:3
        calculate	17:3
        plus	17:3
        <s> calculate	17:3
        calculate <num>	17:3
        <num> plus	17:3
        plus <num>	17:3
        convert	17:3
        miles	17:7
        km	17:3
        <s> convert	17:3
        convert <num>	17:3
        <num> miles	17:3
        miles to	17:7
        to km	17:3
        define	17:3
        serendipity	17:3
        <s> define	17:3
        define serendipity	17:3
        spell	17:3
        necessary	17:3
        <s> spell	17:3
        spell necessary	17:3
        pancakes	17:3
        make pancakes	17:3
        recipe	17:3
        soup	17:3
        a recipe	17:3
        recipe for	17:3
        for soup	17:3
        dragons	17:3
        story about	17:9
        about dragons	17:3
        essay	17:21
        write an	17:3
        an essay	17:3
        essay for	17:6
        quantum	17:3
        physics	17:3
        explain quantum	17:3
        quantum physics	17:3
        alive	17:3
        <s> are	17:6
        you alive	17:3
        feelings	17:3
        you have	17:3
        have feelings	17:3
        robot	17:3
        you a	17:3
        a robot	17:3
        your	17:3
        favorite	17:3
        color	17:3
        is your	17:3
        your favorite	17:3
        favorite color	17:3
        dream	17:3
        you dream	17:3
        think	17:3
        politics	17:3
        you think	17:3
        think about	17:3
        about politics	17:3
        win	17:3
        election	17:3
        who will	17:3
        will win	17:3
        win the	17:3
        the election	17:3
        coffee	17:3
        healthy	17:3
        is coffee	17:3
        coffee healthy	17:3
        calories	17:3
        apple	17:3 18:3
        many calories	17:3
        calories in	17:3
        an apple	17:3
        best phone	17:3
        recommend	17:3
        restaurant	17:3
        <s> recommend	17:3
        recommend a	17:3
        a restaurant	17:3
        suggest	17:7
        film	17:3
        <s> suggest	17:3
        suggest a	17:7
        a film	17:3
        hm	18:3
        <s> hm	18:3
        meh	18:3
        <s> meh	18:3
        blah	18:12
        <s> blah	18:6
        blah blah	18:6
        lol	18:3
        <s> lol	18:3
        haha	18:3
        <s> haha	18:3
        ugh	18:7
        <s> ugh	18:7
        whatever	18:7
        <s> whatever	18:7
        nothing	18:7
        <s> nothing	18:7
        forget it	18:3
        not know	18:3
        dunno	18:3
        <s> dunno	18:3
        idk	18:3
        <s> idk	18:3
        test	18:3
        <s> test	18:3
        testing	18:9
        <s> testing	18:6
        testing testing	18:3
        asd	18:3
        <s> asd	18:3
        qwerty	18:3
        <s> qwerty	18:3
        jkl	18:3
        <s> jkl	18:3
        xyz	18:3
        <s> xyz	18:3
        foo	18:3
        bar	18:3
        <s> foo	18:3
        foo bar	18:3
        <s> a	18:3
        tired	18:7
        am tired	18:7
        hungry	18:3
        am hungry	18:3
        sad	18:3
        am sad	18:3
        happy	18:3
        am happy	18:3
        happy <date>	18:3
        life	18:3
        hard	18:3
        <s> life	18:3
        life is	18:3
        is hard	18:3
        boring	18:3
        <s> boring	18:3
        what a	18:7
        a day	18:3
        raining	18:3
        <s> it	0:4 18:7
        is raining	18:3
        asleep	18:7
        cat is	18:7
        is asleep	18:7
        dog	17:4 18:3
        cute	18:3
        my dog	18:3
        dog is	18:3
        is cute	18:3
        <s> pizza	18:3
        <s> apple	18:3
        <s> car	18:3
        monday	18:3
        <s> monday	18:3
        monday again	18:3
        sigh	18:3
        <s> sigh	18:3
        oh	18:10
        well	14:1 18:3
        <s> oh	18:10
        oh well	18:3
        wow	18:3
        <s> wow	18:3
        oh no	18:3
        interesting	18:3
        <s> interesting	18:3
        weird	18:6
        <s> weird	18:3
        are weird	18:3
        slow	18:3
        are slow	18:3
        <s> bad	18:3
        bad bot	18:3
        stupid	18:3
        <s> stupid	18:3
        silly	18:3
        <s> this	18:3
        this is	18:3
        is silly	18:3
        random	18:3
        words	18:3
        here	13:1 18:3
        <s> random	18:3
        random words	18:3
        words here	18:3
        fridge	0:1 1:1 2:6 3:5 4:3 5:2 7:3 8:3 9:2
        the fridge	0:1 1:1 2:6 3:5 4:3 5:2 7:3 8:3 9:2
        fridge are	2:1
        are <did>	2:4
        car has	2:1 5:1 7:1
        been <did>	2:4
        boiler	1:1 2:5 3:3 4:3 5:3 7:3 8:2 9:2
        the boiler	1:1 2:5 3:3 4:3 5:3 7:3 8:2 9:2
        boiler <did>	2:1
        my tax	0:1 2:5 3:4 4:3 5:4 7:4 8:3 9:3
        tax thing	0:1 2:5 3:4 4:3 5:4 7:4 8:3 9:3
        thing got	2:1
        got <did>	2:8
        report is	2:2 4:2 5:2 7:1 8:2
        <did> now	2:4
        bill was	2:1 4:1
        was <did>	2:4
        <did> <date>	2:8
        have <did>	2:4
        i already	1:8 2:4
        already <did>	2:4
        forms	2:4 3:4 4:1 5:3 7:2 8:1 9:1
        school forms	2:4 3:4 4:1 5:3 7:2 8:1 9:1
        gutters	1:1 2:5 3:2 4:2 5:3 7:2 8:1 9:1
        finally <did>	2:3
        the gutters	1:1 2:5 3:2 4:2 5:3 7:2 8:1 9:1
        form	1:1 2:6 3:4 4:2 5:2 7:2 8:2 9:1
        earlier	2:4
        <did> that	2:3
        that form	1:1 2:6 3:4 4:2 5:2 7:2 8:2 9:1
        form earlier	2:1
        good news	2:4
        news the	2:4
        present	1:1 2:4 3:3 4:2 5:3 7:2 8:1 9:1
        <s> grandma	2:2 3:1 4:1 5:1 7:2 18:1
        grandma present	1:1 2:4 3:3 4:2 5:3 7:2 8:1 9:1
        present all	2:1
        all <move>	2:1
        invoice done	1:1 2:1
        vet	2:5 3:4 4:1 5:2 7:2 8:2 9:2
        appointment	2:5 3:4 4:1 5:2 7:2 8:2 9:2
        we <did>	2:4 3:4
        the vet	2:5 3:4 4:1 5:2 7:2 8:2 9:2
        vet appointment	2:5 3:4 4:1 5:2 7:2 8:2 9:2
        husband	2:4
        oil	1:2 2:5 3:3 4:2 5:3 7:2 8:2 9:2
        my husband	2:4
        husband <did>	2:3
        the oil	1:2 2:5 3:3 4:2 5:3 7:2 8:2 9:2
        oil change	1:2 2:5 3:3 4:2 5:3 7:2 8:2 9:2
        lawn got	2:1
        the <did>	2:4
        fridge can	2:1
        go off	2:4
        did pay	2:1
        did see	2:1
        doctor already	2:1
        went	2:4
        <s> went	2:4
        went and	2:4
        and did	2:4
        did <show>	2:1
        i finally	2:4
        finally got	2:4
        got round	2:4
        round to	2:4
        bill is	2:2 3:2 4:1 7:2 8:1 9:1
        is done	2:4
        done and	2:4
        and <did>	2:4
        laundry is	2:1 3:1 4:1 7:3
        is out	2:4
        windows is	2:1 3:1 4:1 5:1 7:1 8:1 9:1
        <finish> with	2:4
        parcel is	2:2 4:1 7:2 8:1
        form are	2:1
        present <move>	2:1
        invoice got	2:1
        appointment is	2:1 3:1 4:1 5:1 7:1 8:2
        change was	2:1
        <did> my	2:2
        thing <date>	2:1
        report earlier	2:1
        laundry all	2:1
        all <did>	2:3
        windows done	1:1 2:1 7:1
        item got	2:1
        form can	2:1
        did mow	2:1
        did make	2:1
        dinner already	2:1
        did book	2:1
        change is	2:2 3:2 4:1 7:1 8:1 9:1
        fridge is	2:1 3:1 4:2 5:1 7:2 8:2 9:1
        thing is	2:2 3:1 4:1 7:3 8:2 9:1
        report are	2:1
        bill has	2:1 5:1
        laundry <did>	2:1
        windows got	2:1
        forms is	2:1 3:1 5:1 7:1 8:1
        gutters was	2:1
        finally <move>	2:1
        <move> grandma	1:1 2:2 4:1
        appointment earlier	2:1
        return all	2:1
        fridge done	1:1 2:1 7:1
        report can	2:1
        did email	2:1
        did buy	2:1
        stamps already	2:1
        did feed	2:1
        gutters is	2:2 3:1 4:1 7:2 8:1 9:1
        form is	2:1 4:2 5:2 7:1 8:1
        appointment are	2:1
        change has	2:1
        return <did>	2:1
        fridge got	2:1
        car is	2:1 3:2 7:1 8:1
        boiler was	2:1
        forms earlier	2:1
        parcel all	2:1
        form done	1:1 2:1 7:1
        husband <move>	2:1
        appointment can	2:1
        did list	2:1
        did return	2:1
        books already	2:1
        did fix	2:1
        boiler is	2:1 3:2 4:1 7:3 8:1 9:1
        not have	3:4
        grass anymore	3:1
        dinner after	3:1
        happening anymore	3:4
        report got	3:1
        <delete> for	3:4
        for good	3:4
        laundry now	3:1
        windows it	3:1
        forms can	3:1
        go we	3:4
        <did> it	3:4
        get the	3:5 7:3
        of my	1:8 3:4 18:4
        take that	3:1 12:1
        form off	3:1
        bother	3:4
        not bother	3:4
        bother with	3:4
        with grandma	3:1
        i changed	3:4
        changed my	3:4
        my mind	3:4 18:4
        mind about	3:4
        relevant	3:4
        not relevant	3:4
        relevant anymore	3:4
        pointless	3:4
        is pointless	3:4
        pointless now	3:4
        idea	3:4
        the the	3:6
        return idea	3:1
        fridge not	3:1
        a thing	3:4
        thing anymore	3:4
        dead	3:4
        boiler plan	3:1
        plan is	3:4
        is dead	3:4
        tracking	3:4
        stop tracking	3:4
        tracking my	3:1
        school anymore	3:1
        stamps after	3:1
        present is	3:1 7:2
        appointment got	3:1
        return now	3:1
        fridge it	3:1
        car can	3:1 8:1
        get item	3:2
        report off	3:1
        bill can	3:2 8:1
        parcel idea	3:1
        <delete> that	3:1
        form not	3:1
        the grandma	3:1
        present plan	3:1
        tracking the	3:3
        pack anymore	3:1
        books after	3:1
        forms got	3:1
        parcel now	3:1
        forget that	3:1
        form it	3:1
        get todo	3:1
        appointment off	3:1
        change can	3:1 8:1
        the my	3:1
        thing idea	3:1
        report not	3:1
        laundry plan	3:1
        laptop after	3:1
        car got	3:1
        need my	3:1
        thing now	3:1
        report it	3:1
        forms off	3:1
        gutters can	3:1
        about that	3:1 8:1
        invoice idea	3:1
        appointment not	3:1
        return plan	3:1
        i <remember>	0:4
        to not	0:4
        not let	0:8
        me forget	0:8
        forget my	0:1
        should email	0:1
        soon	0:4 1:8
        stamps soon	0:1
        would	0:16
        it would	0:4
        would be	0:12
        be good	0:4
        good to	0:4 16:1
        sometime	0:4
        <s> would	0:8
        be nice	0:4
        pressure sometime	0:1
        if	0:4
        be great	0:4
        great if	0:4
        if you	0:4
        you could	0:4
        could note	0:4
        note list	0:1
        planning	0:4
        <s> planning	0:4
        planning to	0:4
        <remember> that	0:4
        that i	0:4
        must not	0:4
        put down	0:4
        keep	0:8
        <s> keep	0:4
        keep in	0:4
        in mind	0:4
        mind i	0:4
        am supposed	0:4
        meant	0:4 1:4
        am meant	0:4
        meant to	0:4 1:4
        ought	0:4
        i ought	0:4
        ought to	0:4
        someone	0:4
        <s> someone	0:4
        someone has	0:4
        has to	0:4 7:4
        thinking	0:4
        <s> thinking	0:4
        thinking i	0:4
        should make	0:1
        i would	0:4
        would to	0:4
        me <remember>	0:4
        forgetting	0:4
        i keep	0:4
        keep forgetting	0:4
        forgetting to	0:4
        you <remember>	0:4
        note feed	0:1
        put check	0:1
        pressure down	0:1
        down for	0:4
        should list	0:1
        books soon	0:1
        parcel sometime	0:1
        note send	0:1
        note fix	0:1
        put pick	0:1
        parcel down	0:1
        should send	0:1
        laptop soon	0:1
        grandma sometime	0:1
        note order	0:1
        down plan	0:1
        note visit	0:1
        put call	0:1
        grandma down	0:1
        should order	0:1
        haircut soon	0:1
        bill sometime	0:1
        note see	0:1
        note water	0:1
        put pay	0:1
        bill down	0:1
        anything on	1:4
        plate	1:8
        have on	1:4
        my plate	1:8
        full	1:4
        how full	1:4
        full is	1:4
        is my	1:12 7:4
        plate <date>	1:4
        got much	1:4
        much to	1:4
        got anything	1:4
        anything left	1:8
        there anything	1:4
        anything <urgent>	1:12
        get done	1:4
        already done	1:4
        i be	1:4
        be doing	1:4
        do next	1:4
        what am	1:4
        am i	1:16
        i meant	1:4
        do <date>	1:4
        summary	1:4
        a summary	1:4
        summary of	1:4
        <s> overview	1:4
        overview of	1:4
        my stuff	1:4
        <s> did	1:8
        already call	1:1
        change yet	1:1
        haircut yet	1:1
        i done	1:4
        done number	1:1
        <num> yet	1:2
        car still	1:1 4:1
        how am	1:4
        i doing	1:4
        doing on	1:4
        <s> any	1:4 13:1 17:8
        any health	1:1
        health stuff	1:1
        left for	1:4
        due soon	1:8
        late	1:4
        is late	1:4
        behind	1:4
        <s> am	1:4
        i behind	1:4
        behind on	1:4
        on anything	1:4
        still pending	1:4
        on for	1:4
        up for	1:4
        have going	1:4
        going on	1:4
        busy	1:4
        how busy	1:4
        busy am	1:4
        i <date>	1:4
        empty	1:4
        list empty	1:4
        long	1:4 18:4
        how long	1:4
        long is	1:4
        already pay	1:1
        gutters yet	1:1
        buyers yet	1:1
        lawn still	1:1 4:1
        any garden	1:1
        garden stuff	1:1
        already mow	1:1
        boiler yet	1:1
        barber yet	1:1
        bill still	1:1 4:1
        any hobby	1:1
        hobby stuff	1:1
        is that	1:1
        already email	1:1
        i <move>	1:1
        present yet	1:1
        i feed	1:1
        cat yet	1:1
        done todo	1:1
        change still	1:1 4:1
        any finance	1:1
        finance stuff	1:1
        for hobby	1:1
        until	5:12
        wait until	5:4
        until <date>	5:12
        wait till	5:4
        car <date>	5:1
        rather	5:4
        boiler <date>	5:2
        <date> rather	5:4
        manage	5:4
        before	5:4
        not manage	5:4
        manage my	5:1
        thing before	5:1
        before <date>	5:4
        i can	5:4
        not do	5:4
        report until	5:1
        bill needs	5:1
        to happen	5:4
        happen <date>	5:4
        laundry will	5:1
        will have	5:4
        be <date>	5:4
        now <date>	5:4
        forms has	5:1 7:1
        been <move>	5:4
        will get	5:4
        get to	5:4
        gutters <date>	5:1
        time	5:4 17:4
        no time	5:4
        time for	5:4
        parcel until	5:1
        by <date>	5:4
        do grandma	5:1
        present <date>	5:3
        <date> not	5:4
        not now	5:4
        parcel can	5:1 7:1 8:1
        manage the	5:3
        invoice before	5:1
        appointment until	5:1
        change needs	5:1
        return will	5:1
        for my	5:1
        thing until	5:1
        bill should	5:1
        laundry <date>	5:3
        thing can	5:1 7:1 8:1
        windows before	5:1
        forms until	5:1
        gutters needs	5:1
        parcel will	5:1
        to grandma	5:1
        invoice until	5:1
        change should	5:1
        change <date>	5:1
        fridge before	5:1
        car until	5:1
        boiler needs	5:1
        thing will	5:1
        windows until	5:1
        gutters should	5:1
        getting	7:8
        is getting	7:8
        getting <urgent>	7:8
        car matters	7:1
        matters a	7:4
        lot now	7:4
        my top	7:4
        report has	7:1
        to come	7:4
        come <ord>	7:4
        is more	7:4
        more <urgent>	7:4
        big	7:4 8:4
        deal	7:4 8:4
        a big	7:4 8:4
        big deal	7:4 8:4
        deal now	7:4
        done <ord>	7:4
        super	7:4
        is super	7:4
        super <urgent>	7:4
        slip	7:4
        not slip	7:4
        appointment has	7:1
        bill matters	7:1
        get that	7:1
        change matters	7:1
        report done	7:1
        windows can	7:1
        <urgent> anymore	8:4
        wait no	8:4
        slide	8:4
        laundry can	8:1
        can slide	8:4
        worry	8:4
        not worry	8:4
        worry about	8:4
        on grandma	8:1
        fridge for	8:1
        form for	8:1
        report for	8:1
        turns	4:8
        <s> turns	4:8
        turns out	4:8
        out i	4:4
        not clean	4:1
        not <did>	4:11
        thing needs	4:2
        done again	4:4
        <finish> after	4:4
        oops the	4:3
        <did> yet	4:4
        forms was	4:1
        came	4:4
        gutters came	4:1
        came back	4:4
        redoing	4:4
        parcel needs	4:1
        needs redoing	4:4
        not plan	4:1
        out that	4:1
        not <move>	4:1
        car was	4:1
        boiler came	4:1
        not check	4:1
        windows needs	4:2
        present came	4:1
        not pick	4:1
        fridge needs	4:1
        oops my	4:1
        laundry came	4:1
        be in	9:4
        category	9:8
        fridge belongs	9:1
        belongs in	9:4
        finance category	9:2
        car goes	9:1
        goes under	9:4
        boiler in	9:1
        garden category	9:1
        health task	9:1
        counts	9:4
        report counts	9:1
        counts as	9:4
        part	9:4
        is part	9:4
        part of	9:4
        of chores	9:1
        laundry should	9:1
        be <did>	9:4
        <did> under	9:4
        parcel should	9:2
        form belongs	9:1
        chores category	9:2
        lawn goes	9:1
        put grandma	9:1
        present in	9:1
        hobby category	9:1
        garden task	9:1
        appointment counts	9:1
        of family	9:1
        thing should	9:2
        report belongs	9:1
        family category	9:1
        bill goes	9:1
        laundry in	9:1
        hobby task	9:1
        forms counts	9:1
        of health	9:1
        appointment belongs	9:1
        health category	9:1
        change goes	9:1
        return in	9:1
        finance task	9:1
        car counts	9:1
        of garden	9:1
        mistake <revert>	12:1
        to how	12:1
        how it	12:2
        back how	12:1
        wanted	12:1
        not what	12:1
        i wanted	12:1
        no no	12:1
        wrong <revert>	12:1
        change that	12:1
        want that	12:1
        wrong take	12:1
        take it	12:1
        last thing	12:1
        sorts	13:1
        what sorts	13:1
        sorts of	13:1
        of stuff	13:1
        stuff do	13:1
        commands do	13:1
        help with	13:1
        talk	13:1
        i talk	13:1
        talk to	13:1
        to you	13:1
        understand	13:1
        you understand	13:1
        am new	13:1
        new here	13:1
        this thing	13:1
        thing work	13:1
        able	13:1
        you able	13:1
        able to	13:1
        what things	13:1
        tips	13:1
        using	13:1
        any tips	13:1
        tips on	13:1
        on using	13:1
        using this	13:1
        <hello> <hello>	14:3
        good morning	14:1
        morning there	14:1
        friend	14:2
        <hello> friend	14:2
        <s> well	14:1
        well <hello>	14:1
        morning all	14:1
        anyone	14:1
        <hello> anyone	14:1
        anyone there	14:1
        <thanks> much	15:2
        million	15:1
        a million	15:1
        <thanks> again	15:1
        loads	15:1
        <thanks> loads	15:1
        you that	15:1
        is great	15:1
        ya	16:1
        got ya	16:1
        cool cool	16:1
        okay got	16:1
        fine by	16:1
        by me	16:1
        to me	16:1
        okay cool	16:1
        right okay	16:1
        sure thing	16:1
        roger that	16:1
        all good	16:1
        okay <did>	16:1
        great stuff	16:1
        poem	17:18
        a poem	17:18
        poem for	17:3
        song	17:18
        a song	17:18
        song for	17:3
        haiku	17:18
        a haiku	17:18
        haiku for	17:3
        joke	17:18
        a joke	17:18
        joke for	17:3
        story for	17:3
        riddle	17:18
        a riddle	17:18
        riddle for	17:3
        a essay	17:18
        rap	17:18
        a rap	17:18
        rap for	17:3
        compose	17:24
        <s> compose	17:24
        compose a	17:24
        make up	17:24
        poem about	17:6
        song about	17:6
        insurance	17:6
        haiku about	17:6
        about insurance	17:6
        joke about	17:6
        riddle about	17:6
        about school	17:6
        essay about	17:6
        rap about	17:6
        french	17:4
        you say	17:4
        say the	17:1
        in french	17:4
        word	17:4
        the word	17:4
        word for	17:4
        in spanish	17:4
        films	17:4
        any good	17:4
        good films	17:4
        films to	17:4
        to watch	17:4
        you suggest	17:4
        a movie	17:4
        game	17:4
        night	17:4
        the game	17:4
        game last	17:4
        last night	17:4
        ounces	17:4
        cup	17:4
        many ounces	17:4
        ounces in	17:4
        a cup	17:4
        of peru	17:4
        kilometre	17:4
        many miles	17:4
        to a	17:4
        a kilometre	17:4
        london	17:4
        the time	17:4
        time in	17:4
        in london	17:4
        hot	17:4 18:4
        outside	17:4
        how hot	17:4
        hot is	17:4
        it outside	17:4
        it sunny	17:4
        any news	17:4
        prime	17:4
        minister	17:4
        the prime	17:4
        prime minister	17:4
        i fix	17:4
        fix a	17:4
        a flat	17:4
        flat tire	17:4
        a good	17:4
        good name	17:4
        name for	17:4
        for a	17:4
        a dog	17:4
        holiday	17:4
        where should	17:4
        i go	17:4
        go on	17:4
        on holiday	17:4
        say grandma	17:1
        say taxes	17:1
        say school	17:1
        school in	17:2
        for school	17:1
        am <did>	18:4
        feeling	18:4
        lazy	18:4
        <s> feeling	18:4
        feeling lazy	18:4
        stressed	18:4
        am stressed	18:4
        boss	18:4
        annoying	18:4
        my boss	18:4
        boss is	18:4
        is annoying	18:4
        driving	18:4
        mad	18:4
        landlord is	18:1
        is driving	18:4
        driving me	18:4
        me mad	18:4
        cold	18:4
        is cold	18:4
        <s> hot	18:4
        hot out	18:4
        lmfao	18:4
        <s> lmfao	18:4
        rofl	18:4
        <s> rofl	18:4
        hahaha	18:4
        <s> hahaha	18:4
        bleh	18:4
        <s> bleh	18:4
        ugh work	18:4
        <s> long	18:4
        long day	18:4
        love	18:4
        cheese	18:4
        i love	18:4
        love cheese	18:4
        my cat	18:4
        crazy	18:4
        <s> work	18:4
        work is	18:4
        is crazy	18:4
        nothing much	18:4
        chilling	18:4
        <s> chilling	18:4
        bored	18:4
        am bored	18:4
        bored out	18:4
        man	18:4
        whatever man	18:4
        dear	18:4
        oh dear	18:4
        typical	18:4
        <s> typical	18:4
        grandma is	18:1
        <s> taxes	18:1
        taxes is	18:1
        <s> school	18:1
        school is	18:1
        """#

    /// ``VocabularyCorrector/words(of:)`` of the training text.
    static let vocabulary = "able about accomplish accomplished achieve achieved action actually after afternoon again agenda ahead alive already alright altogether annotate annoying another anymore anyone anything apple appointment appreciate appreciated asap asleep assistant attach attention away awesome axed back barber become been before behind belongs best bill binned bitcoin blah bleh boiler book books bored boring boss bother bottom bought brilliant bring buddy building bump bunch busy buyers calculate call called calls calories came cancel canceled cancelled capital care categorise category change changed check cheers cheese chilling china chore chores christmas clean cleaned clear close coffee cold collected colour come comes coming commands comment complete completed completely completing compose confused consider convert cool correct could counts crazy create critical cross crucial ctrl cute daily date days dead deadline deal dealt dear decrease defer deferred define delay delayed delete deleted deprioritize describe description detail details dinner discard discarded display distance ditch ditched doctor does doing done down downgrade dragons dream driving drop dump dumped dunno dusted earlier edit election eleven eliminate else email emailed emails empty enough entirely erase erased escalate essay essential evening every everything examples excellent exhausted explain extra fact fair family favourite feed feeling feelings file filed film films finally finance find fine finish finished first fixed flag flat food forget forgetting form forms founded french fridge friend from full funny game garden getting give glasses goes going good google grandma grandpa grass great greetings group gutters haha hahaha haiku haircut handled happen happening happy hard have headlines health healthy hello help here heya high hiya hobby holiday howdy hullo hungry hurry husband idea important including increase info insert instead instructions insurance interesting into invented invoice item items joke just keep kill kilometre kind kindly knock know knows label landlord laptop last late later laundry lawn lazy left less library life light like list lmfao loads london long longer look lose lost love lovely lower make makes manage managed manual many mark marked mars match mate matter matters mean meant meet memo memorize mention mentioning miles million mind minister misspelled mistake monday month monthly moon more morning most move moved movie mowed much music must nailed name necessary need needed needing needs never nevermind news next nice night nope note noted nothing nuke nuked number often okay ones online only oops open optional options order ordered other ought ounces outside outstanding overdue overview pack paid pancakes parcel paris part pending perfect person peru phone phoned physics pick pizza place plan planes planned planning plans plate play please plus poem pointless politics population posted postpone postponed present pressing pressure price prime print prioritize priority pull purge purged push pushed quantum qwerty raining raise random rather read really rearrange rearranged recipe recommend record recur recurring redoing reduce relax relevant remember remind reminder reminders remove removed rename renewed reopen repaired repeat repeating repeats replace report reschedule rescheduled resolve resolved restaurant restore retitle return returned reveal reverse revert review revive reword richest riddle right robot rofl roger roll rollback rome round rush saturday saying schedule school score scrap scrapped scratch search second self send sense sent serendipity shift shifted should show sigh signed silly skip slide slip slow snooze snoozed snow sold some someday someone something sometime song soon sort sorted sorts sounds soup spain spanish speed spell stamps star started step stick still stop story stressed strike stuff stupid submitted suggest summary sunny super supposed sure tackled tagged tags take taken talk tallest task tasks taxes taxi telephone tell test testing text thank thanks thankyou that then there thing things think thinking this three throw thursday tick ticked till time times tips tired title todo tomorrow tonight took topic tracking translate trash trashed treat trip turn turns tutorial twice type typical typo tyre uncheck under understand understood undo unfinish unfinished unflag unimportant universe unmark unsend untag untick until upgrade urgency urgent using very view visit vital wait want wanted washed watch water weather week weekly weird well went what whatever whats when whenever where which whole whoops will windows wipe wiped with word wording words work works worry would wrap write wrong yeah yesterday your"
}
