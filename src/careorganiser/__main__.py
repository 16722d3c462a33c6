from careorganiser.app import main

raise SystemExit(main())
